/** When and how often the transport re-sends a request. Every field is optional. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 turns retrying off). */
  maxRetries?: number;
  /** Backoff before the first retry, in milliseconds; doubles with each retry (default 500). */
  initialDelayMs?: number;
  /** Longest backoff between two attempts, in milliseconds (default 8000). */
  maxDelayMs?: number;
  /**
   * Longest wait a server's `Retry-After` can impose, in milliseconds (default 60000). A longer request is
   * capped to this; the final error's `retryAfterMs` still tells what the server asked for.
   */
  maxRetryAfterMs?: number;
  /** Statuses that are retried (default 408, 429, 502, 503, 504). Other statuses never are. */
  statuses?: readonly number[];
  /**
   * Also retry POST and PATCH (default false). Only safe where repeating the request cannot create a
   * duplicate, so neither Kimai nor mite get it by default.
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

/** Fills in the defaults; `false` means never retry. Throws a `RangeError` for negative or non-numeric limits. */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...DEFAULT_POLICY, maxRetries: 0 };
  const policy = { ...DEFAULT_POLICY, ...definedEntries(options ?? {}) };
  for (const key of ["maxRetries", "initialDelayMs", "maxDelayMs", "maxRetryAfterMs"] as const) {
    const value = policy[key];
    if (typeof value !== "number" || Number.isNaN(value) || value < 0) throw new RangeError(`retry.${key} must be a number >= 0`);
  }
  return policy;
}

function definedEntries<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Whether the policy allows re-sending a request with this method at all. */
export function mayRetryMethod(policy: RetryPolicy, method: string): boolean {
  return policy.retryNonIdempotent || IDEMPOTENT_METHODS.has(method.toUpperCase());
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
  // HTTP dates always name the weekday; requiring a letter keeps `-5` and `1e3` from parsing as dates.
  if (!/^[A-Za-z]{3},/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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
 * Waits `ms` milliseconds, or rejects with `onAbort()` as soon as `signal` fires (also when it already has).
 */
export function sleep(ms: number, signal: AbortSignal, onAbort: () => unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(onAbort());
      return;
    }
    const abort = () => {
      clearTimeout(timer);
      reject(onAbort());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", abort);
      resolve();
    }, ms);
    signal.addEventListener("abort", abort, { once: true });
  });
}
