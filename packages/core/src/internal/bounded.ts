import { setLongTimeout } from "../transport/retry.js";
import { isThenable } from "./thenable.js";

/**
 * `answer`, unless `limitMs` pass or `signal` fires first: then a rejection with `onTimeout()`, or with the
 * signal's reason. An answer that is not a promise (a store that answered at once) costs no timer. `limitMs`
 * is `Infinity` for no limit; a limit longer than a Node timer holds is kept, as in the transport. Used where
 * the runtime waits on something that is not a request: an ETag store (which may never answer), and code a
 * client loads before its calls.
 */
export function bounded<T>(
  answer: T | PromiseLike<T>,
  limitMs: number,
  signal: AbortSignal | undefined,
  onTimeout: () => unknown,
): T | Promise<T> {
  if (!isThenable(answer)) return answer;
  if (signal?.aborted) {
    // Nobody waits for the answer any more; its failure must not be an unhandled rejection.
    answer.then(undefined, () => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const settle = () => {
      cancelTimer();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = () => {
      settle();
      reject(signal?.reason);
    };
    const cancelTimer = setLongTimeout(() => {
      settle();
      reject(onTimeout());
    }, limitMs);
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

/**
 * Whether `value` can serve as a call's signal: an AbortSignal, or one of another realm or a polyfill, which
 * fetch accepts too.
 */
export function isAbortSignal(value: unknown): value is AbortSignal {
  const candidate = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown } | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.aborted === "boolean" &&
    typeof candidate.addEventListener === "function" &&
    typeof candidate.removeEventListener === "function"
  );
}
