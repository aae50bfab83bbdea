import { patternRedactor, type Redactor } from "../redaction/redactor.js";

/** Which operation a request belonged to: enough to find it in the spec, never its full URL. */
export interface OperationInfo {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The spec's path template, e.g. `/api/customers/{id}`; never the URL with its query string. */
  readonly path: string;
  /** The spec's `operationId`, when the path and method are in the spec. */
  readonly operationId: string | undefined;
}

/** Where an error happened and which secrets to keep out of it. */
export interface ErrorContext {
  /** The operation the error belongs to, when it belongs to one. */
  readonly operation?: OperationInfo | undefined;
  /** Masks the client's credentials; defaults to a pattern-only redactor. */
  readonly redactor?: Redactor | undefined;
}

/** Options of every punchclock error. */
export interface PunchclockErrorOptions extends ErrorContext {
  readonly cause?: unknown;
}

/** `GET /api/customers/{id} (getCustomer)`, or `The request` when the operation is unknown: the subject of error messages. */
export function describeOperation(operation: OperationInfo | undefined): string {
  if (!operation) return "The request";
  return `${operation.method} ${operation.path}${operation.operationId ? ` (${operation.operationId})` : ""}`;
}

/** How much of a body an error keeps: enough to recognise an HTML error page, not a 10 MB dump. */
export const MAX_RAW_BODY_CHARS = 8192;

/**
 * Base class of every error punchclock throws, so `catch (e) { if (e instanceof PunchclockError) ... }`
 * separates library failures from bugs in the caller's code.
 *
 * Everything an error holds is redacted when it is built (message, cause chain, bodies), so its `message`,
 * `stack`, `JSON.stringify(error)` and `util.inspect(error)` never show a credential.
 */
export class PunchclockError extends Error {
  static {
    PunchclockError.prototype.name = "PunchclockError";
  }
  /** HTTP method of the request, when the error belongs to one. */
  readonly method: string | undefined;
  /** Path template of the operation (`/api/customers/{id}`), when the error belongs to one. */
  readonly path: string | undefined;
  /** The spec's operationId, when known. */
  readonly operationId: string | undefined;

  constructor(message: string, options: PunchclockErrorOptions = {}) {
    const redactor = options.redactor ?? patternRedactor;
    const operation = options.operation;
    super(redactor.redact(message), "cause" in options ? { cause: redactedCause(options.cause, redactor, 0) } : {});
    // The name is on the prototype, so the stack's first line is right when it is formatted here; the
    // frames are file paths, redacted anyway in case a secret is short enough to be part of one.
    if (typeof this.stack === "string") this.stack = redactor.redact(this.stack);
    this.method = operation?.method;
    this.path = operation?.path;
    this.operationId = operation?.operationId;
  }

  /** What `JSON.stringify(error)` writes: name, message, every field and the cause, all redacted. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (value !== undefined) json[key] = value;
    if (this.cause !== undefined) json.cause = causeToJson(this.cause);
    return json;
  }
}

/** A body that does not parse as the format it claims (malformed, truncated, mislabelled or hostile XML or JSON). */
export class DecodeError extends PunchclockError {
  static {
    DecodeError.prototype.name = "DecodeError";
  }
  /** The format that was expected. */
  readonly format: "json" | "xml";
  /** HTTP status of the response, when the body came from one. */
  readonly status: number | undefined;
  /** The start of the body (redacted, at most {@link MAX_RAW_BODY_CHARS}), when it was text. */
  readonly rawBody: string | undefined;

  constructor(
    format: "json" | "xml",
    message: string,
    options: PunchclockErrorOptions & { status?: number | undefined; rawBody?: string | undefined } = {},
  ) {
    super(message, options);
    this.format = format;
    this.status = options.status;
    this.rawBody = truncatedRawBody(options.rawBody, options.redactor ?? patternRedactor);
  }
}

/** Caps a body for keeping in an error and redacts it. */
export function truncatedRawBody(text: string | undefined, redactor: Redactor): string | undefined {
  if (text === undefined) return undefined;
  const kept =
    text.length > MAX_RAW_BODY_CHARS
      ? `${text.slice(0, MAX_RAW_BODY_CHARS)}... [${text.length - MAX_RAW_BODY_CHARS} more characters]`
      : text;
  return redactor.redact(kept);
}

/**
 * A redacted stand-in for a cause (undici's network errors carry URLs, which can hold `api_key`).
 * Punchclock errors are already redacted and stay as they are.
 */
function redactedCause(cause: unknown, redactor: Redactor, depth: number): unknown {
  if (cause instanceof PunchclockError) return cause;
  if (typeof cause === "string") return redactor.redact(cause);
  if (!(cause instanceof Error)) return cause === null || typeof cause !== "object" ? cause : redactor.redactValue(cause);
  const copy = new Error(redactor.redact(cause.message));
  Object.defineProperty(copy, "name", { value: cause.name, enumerable: false, writable: true, configurable: true });
  copy.stack = redactor.redact(cause.stack ?? `${cause.name}: ${cause.message}`);
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") Object.assign(copy, { code });
  if (cause.cause !== undefined && depth < 4) copy.cause = redactedCause(cause.cause, redactor, depth + 1);
  return copy;
}

function causeToJson(cause: unknown): unknown {
  if (cause instanceof PunchclockError) return cause.toJSON();
  if (cause instanceof Error) {
    const json: Record<string, unknown> = { name: cause.name, message: cause.message };
    const code = (cause as { code?: unknown }).code;
    if (code !== undefined) json.code = code;
    if (cause.cause !== undefined) json.cause = causeToJson(cause.cause);
    return json;
  }
  return cause;
}
