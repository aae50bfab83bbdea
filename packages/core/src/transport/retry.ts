/** When and how often the transport re-sends a request. Every field is optional. */
export interface RetryOptions {
  /** Retries after the first attempt: an integer >= 0 (default 2; 0 turns retrying off). */
  maxRetries?: number;
  /** Backoff before the first retry, in milliseconds (>= 0); doubles with each retry (default 500). */
  initialDelayMs?: number;
  /** Longest backoff between two attempts, in milliseconds (>= 0, `Infinity` allowed; default 8000). */
  maxDelayMs?: number;
  /**
   * Longest wait a server's `Retry-After` can impose, in milliseconds: a number >= 0, or `Infinity` to always
   * wait as long as asked (default 60000). A longer request is capped to this; the final error's
   * `retryAfterMs` still tells what the server asked for. Waits longer than a Node timer can hold (about
   * 24.8 days) are kept, not shortened.
   */
  maxRetryAfterMs?: number;
  /** Statuses that are retried, integers 100-599 (default 408, 429, 502, 503, 504). Other statuses never are. */
  statuses?: readonly number[];
  /**
   * Also retry POST and PATCH (default false), after timeouts and lost connections too, where the server may
   * have written already. Only safe where repeating the request cannot create a duplicate, so neither Kimai
   * nor mite get it by default.
   */
  retryNonIdempotent?: boolean;
}

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Readonly<Required<RetryOptions>>;

/** Methods RFC 9110 defines as idempotent: repeating them has the effect of sending them once. */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

const DEFAULT_POLICY: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
  statuses: [408, 429, 502, 503, 504],
  retryNonIdempotent: false,
};

/**
 * Fills in the defaults; `false` means never retry. Throws a `RangeError` for a limit that is not a number
 * >= 0 (NaN, negative, a string), a `maxRetries` that is not an integer, or a status that is not one.
 */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...DEFAULT_POLICY, maxRetries: 0 };
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new RangeError("retry must be an object of retry options, or false");
  }
  const policy = { ...DEFAULT_POLICY, ...definedEntries(options ?? {}) };
  for (const key of ["initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) nonNegativeNumber(policy[key], `retry.${key}`);
  // Infinity retries would never give up; a fraction of a retry means nothing.
  if (!Number.isSafeInteger(policy.maxRetries) || policy.maxRetries < 0) {
    throw new RangeError("retry.maxRetries must be an integer >= 0");
  }
  if (
    !Array.isArray(policy.statuses) ||
    !policy.statuses.every((status) => Number.isInteger(status) && status >= 100 && status <= 599)
  ) {
    throw new RangeError("retry.statuses must be a list of HTTP statuses (integers 100-599)");
  }
  if (typeof policy.retryNonIdempotent !== "boolean") throw new RangeError("retry.retryNonIdempotent must be a boolean");
  return policy;
}

/**
 * Checks a limit in milliseconds, bytes or counts: a number >= 0, `Infinity` included; NaN, negative numbers
 * and strings (`"5000"` from an environment variable) are a `RangeError` naming the option, not a silent
 * misbehaviour later.
 */
export function nonNegativeNumber(value: unknown, name: string): number {
  if (typeof value !== "number" || Number.isNaN(value) || value < 0) throw new RangeError(`${name} must be a number >= 0`);
  return value;
}

function definedEntries<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Whether the policy allows re-sending a request with this method at all. */
export function mayRetryMethod(policy: RetryPolicy, method: string): boolean {
  // fetch upper-cases the standard methods itself; others (`patch`) keep their case.
  return policy.retryNonIdempotent || IDEMPOTENT_METHODS.has(method) || IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Parses `Retry-After`: delay-seconds (`120`) or an HTTP date. Returns milliseconds from `now`, or
 * undefined for a missing, negative or unreadable value (the caller then backs off on its own).
 * A date in the past means "now": 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const ms = Number(text) * 1000;
    return Number.isFinite(ms) ? ms : undefined;
  }
  const date = parseHttpDate(text);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/**
 * An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) as epoch milliseconds, or undefined for anything else:
 * it must read back as written. `Date.parse` alone reads almost anything as a date (`Wed, 99` as 1999, a
 * retry at once; `Mon, 2099` as a wait of 72 years). RFC 9110's two obsolete forms, which no server of ours
 * sends, fall back to backoff.
 */
function parseHttpDate(text: string): number | undefined {
  const date = Date.parse(text);
  return new Date(date).toUTCString() === text ? date : undefined;
}

/**
 * The wait before retry number `retry` (1-based): the server's `Retry-After` capped at `maxRetryAfterMs`,
 * otherwise exponential backoff (`initialDelayMs * 2^(retry-1)`, at most `maxDelayMs`) with up to 25% jitter
 * taken off, so many clients that failed together do not retry together.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const exponential = Math.min(policy.initialDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  return Math.round(exponential * (1 - 0.25 * random()));
}

/**
 * The longest delay a Node timer holds (2^31-1 ms, about 24.8 days). Node runs a longer timer after 1 ms
 * (with a `TimeoutOverflowWarning`), so longer waits are chained from timers of at most this length.
 */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * Calls `callback` after `ms` milliseconds, however long that is (`Infinity`: never). Returns the function
 * that cancels it.
 */
export function setLongTimeout(callback: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const due = performance.now() + ms;
  const schedule = (remaining: number): void => {
    if (remaining === Number.POSITIVE_INFINITY) return;
    timer = setTimeout(
      () => {
        const left = due - performance.now();
        if (left > 0 && remaining > MAX_TIMER_MS) schedule(left);
        else callback();
      },
      Math.min(Math.max(0, remaining), MAX_TIMER_MS),
    );
  };
  schedule(ms);
  return () => clearTimeout(timer);
}

/**
 * Waits `ms` milliseconds (any length, see {@link setLongTimeout}), or rejects with `onAbort()` as soon as
 * `signal` (if given) fires, also when it already has.
 */
export function sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal === undefined) {
      setLongTimeout(resolve, ms);
      return;
    }
    if (signal.aborted) {
      reject(onAbort());
      return;
    }
    const abort = () => {
      cancel();
      reject(onAbort());
    };
    const cancel = setLongTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal.addEventListener("abort", abort, { once: true });
  });
}
