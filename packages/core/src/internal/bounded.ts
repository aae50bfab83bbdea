/**
 * `answer`, unless `limitMs` pass or `signal` fires first: then a rejection with `onTimeout()`, or with the
 * signal's reason. An answer that is not a promise (a store that answered at once) costs no timer.
 * `limitMs` is `Infinity` for no limit. Used where the runtime waits on code that is not a request: an ETag
 * store (which may never answer), and code a client loads before its calls.
 */
export function bounded<T>(
  answer: T | PromiseLike<T>,
  limitMs: number,
  signal: AbortSignal | undefined,
  onTimeout: () => unknown,
): T | Promise<T> {
  if (!isThenable(answer)) return answer;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const timed = limitMs !== Number.POSITIVE_INFINITY;
  return new Promise<T>((resolve, reject) => {
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      settle();
      reject(signal?.reason);
    };
    const timer = timed
      ? setTimeout(() => {
          settle();
          reject(onTimeout());
        }, limitMs)
      : undefined;
    signal?.addEventListener("abort", onAbort, { once: true });
    answer.then(
      (value) => {
        settle();
        resolve(value);
      },
      (error: unknown) => {
        settle();
        reject(error);
      },
    );
  });
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}
