import type { PunchclockError } from "../errors/punchclock-error.js";
import { isThenable } from "../internal/thenable.js";

/** What every log event says about its request. URLs and headers are redacted before a logger sees them. */
export interface LogEventBase {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The spec's path template (`/api/customers/{id}`). */
  readonly path: string;
  readonly operationId: string | undefined;
  /** The full URL with credentials masked (`api_key=[REDACTED]`). */
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number;
}

/** An attempt is about to be sent. */
export interface RequestLogEvent extends LogEventBase {
  readonly type: "request";
  /** Request headers, credential headers masked. */
  readonly headers: Readonly<Record<string, string>>;
}

/** A complete response (headers and body) arrived. */
export interface ResponseLogEvent extends LogEventBase {
  readonly type: "response";
  readonly status: number;
  /** Time of this attempt, from sending to the last byte of the body. */
  readonly durationMs: number;
  /** Size of the (decompressed) body in bytes. */
  readonly bytes: number;
}

/** The transport will send the request again after `delayMs`. */
export interface RetryLogEvent extends LogEventBase {
  readonly type: "retry";
  /** The status that is retried, or undefined after a connection failure or timeout. */
  readonly status: number | undefined;
  /** The failure that is retried, when there was no response. */
  readonly error: PunchclockError | undefined;
  /** The wait before the next attempt. */
  readonly delayMs: number;
  /** Why: `"status 503"`, `"Retry-After"`, `"ConnectionError"`, `"TimeoutError"`. */
  readonly reason: string;
}

/** The request failed without a usable response (connection, timeout, abort, redirect, size limit). */
export interface ErrorLogEvent extends LogEventBase {
  readonly type: "error";
  readonly error: PunchclockError;
  /** Time from the first attempt to the failure, retries and waits included. */
  readonly durationMs: number;
}

/**
 * The ETag cache (client option `cache`) acted. `attempt` is 0: the cache works around all attempts, the
 * transport's own events show what went over the wire (a `response` with status 304 before a `hit`).
 */
export interface CacheLogEvent extends LogEventBase {
  readonly type: "cache";
  /**
   * `hit`: the server answered 304 Not Modified and the stored response was returned; `store`: a response
   * with an ETag was stored; `invalidate`: a successful write removed the stored responses of its resource
   * and of the collections above it; `error`: the store failed, or the cache's code could not be loaded, and
   * the request went on without it.
   */
  readonly action: "hit" | "store" | "invalidate" | "error";
  /** Whether the caller got the stored response (`action: "hit"`). */
  readonly hit: boolean;
  /** The entity tag served or stored, for `hit` and `store`. */
  readonly etag: string | undefined;
  /** What failed (message, redacted), for `error`. */
  readonly reason: string | undefined;
}

/** Everything the transport (and the ETag cache) reports. */
export type LogEvent = RequestLogEvent | ResponseLogEvent | RetryLogEvent | ErrorLogEvent | CacheLogEvent;

/**
 * Receives every log event. Forward it to your logger of choice, e.g.
 * `logger: (event) => pino.debug(event, \`punchclock ${event.type}\`)`. A logger that throws, or returns a
 * promise that rejects, is ignored, so logging can never break a request (nor crash the process with an
 * unhandled rejection). The client does not wait for a promise a logger returns.
 */
export type Logger = (event: LogEvent) => void;

/**
 * Calls the logger, if any, and keeps its failures away from the request. The event is built only when
 * there is a logger: redacting URLs and headers is not free.
 */
export function emit(logger: Logger | undefined, event: () => LogEvent): void {
  if (!logger) return;
  try {
    const result: unknown = logger(event());
    // An async logger's rejection would be an unhandled rejection, which ends a Node process by default.
    if (isThenable(result)) Promise.resolve(result).catch(() => undefined);
  } catch {
    // A broken logger must not turn a successful request into a failure.
  }
}
