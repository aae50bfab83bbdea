import { describeOperation, PunchclockError, type PunchclockErrorOptions, registerErrorClass } from "./punchclock-error.js";

/** Options of the errors raised while sending a request. */
export interface TransportErrorOptions extends PunchclockErrorOptions {
  /** How many attempts were made, retries included. */
  readonly attempts?: number | undefined;
}

/** The request could not be completed: refused, reset (also mid-body), DNS failure, TLS failure. */
export class ConnectionError extends PunchclockError {
  static {
    registerErrorClass(ConnectionError, "ConnectionError");
  }
  /** The system error code when there was one (`ECONNRESET`, `ECONNREFUSED`, `UND_ERR_SOCKET`, ...). */
  readonly code: string | undefined;
  /** How many attempts were made before giving up. */
  readonly attempts: number;

  constructor(message: string, options: TransportErrorOptions & { code?: string | undefined } = {}) {
    super(message, options);
    this.code = options.code;
    this.attempts = options.attempts ?? 1;
  }

  /** Builds the error for a failed fetch, naming the operation and the low-level reason. */
  static fromFailure(failure: unknown, options: TransportErrorOptions): ConnectionError {
    const code = errorCodeOf(failure);
    const reason = failure instanceof Error ? failure.message : String(failure);
    return new ConnectionError(
      `${describeOperation(options.operation)} could not be completed: ${reason}${code ? ` (${code})` : ""}`,
      { ...options, cause: failure, code },
    );
  }
}

/** No complete response arrived within the client's `timeoutMs` (headers and body; each attempt has its own). */
export class TimeoutError extends ConnectionError {
  static {
    registerErrorClass(TimeoutError, "TimeoutError");
  }
  /** The limit that was exceeded, in milliseconds (undefined when the caller's own signal timed out). */
  readonly timeoutMs: number | undefined;

  constructor(message: string, options: TransportErrorOptions & { timeoutMs?: number | undefined } = {}) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
  }
}

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. */
export class RequestAbortedError extends PunchclockError {
  static {
    registerErrorClass(RequestAbortedError, "RequestAbortedError");
  }
}

/** Redirects the client refuses to follow: a loop, too many hops, or another origin (which would get the credentials). */
export class RedirectError extends PunchclockError {
  static {
    registerErrorClass(RedirectError, "RedirectError");
  }
  /** The status of the last redirect response. */
  readonly status: number;

  constructor(message: string, options: PunchclockErrorOptions & { status: number }) {
    super(message, options);
    this.status = options.status;
  }
}

/** The response body was larger than the client's `maxResponseBytes`; it was not read further. */
export class ResponseTooLargeError extends PunchclockError {
  static {
    registerErrorClass(ResponseTooLargeError, "ResponseTooLargeError");
  }
  /** The limit, in bytes (after decompression). */
  readonly maxBytes: number;
  /** The HTTP status of the response. */
  readonly status: number;

  constructor(message: string, options: PunchclockErrorOptions & { maxBytes: number; status: number }) {
    super(message, options);
    this.maxBytes = options.maxBytes;
    this.status = options.status;
  }
}

/**
 * Whether a failure while reading a body is the body's own fault: Node's zlib (`Z_DATA_ERROR`, ...), brotli
 * (`ERR__ERROR_FORMAT_...`) or zstd (`ZSTD_error_...`; Node 24 decodes zstd, 22 does not) refused what the server
 * compressed. Sending again would bring the same bytes.
 */
export function isDecompressionFailure(failure: unknown): boolean {
  return /^(Z_|ERR__ERROR_|ZSTD_error_)/.test(errorCodeOf(failure) ?? "");
}

function errorCodeOf(failure: unknown): string | undefined {
  for (let current = failure, depth = 0; current !== null && typeof current === "object" && depth < 5; depth++) {
    const { code, errors, cause } = current as { code?: unknown; errors?: unknown; cause?: unknown };
    if (typeof code === "string") return code;
    if (Array.isArray(errors) && errors.length > 0) {
      const inner = errorCodeOf(errors[0]);
      if (inner) return inner;
    }
    current = cause;
  }
  return undefined;
}

/**
 * The error for a fired `AbortSignal`: a {@link TimeoutError} when it fired as a timeout
 * (`AbortSignal.timeout(ms)`), a {@link RequestAbortedError} otherwise. `cause` is the signal's reason.
 */
export function abortErrorFor(
  signal: AbortSignal | undefined,
  subject: string,
  options: TransportErrorOptions = {},
): PunchclockError {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name === "TimeoutError") {
    return new TimeoutError(`${subject} timed out (the caller's signal fired)`, { ...options, cause: reason });
  }
  return new RequestAbortedError(`${subject} was aborted`, { ...options, cause: reason });
}
