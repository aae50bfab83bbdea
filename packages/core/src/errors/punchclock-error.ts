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
 * The key of the class id every punchclock error class carries. `Symbol.for`, so that a second copy of this
 * package (its ESM and CommonJS builds, or two versions in one `node_modules`) uses the same key.
 */
const ERROR_CLASS_ID = Symbol.for("@punchclock/core/error-class");

/**
 * Names an error class and gives it a class id, so `instanceof` recognises instances made by another copy of
 * `@punchclock/core` (see {@link PunchclockError}). Every error class of the package calls it once.
 */
export function registerErrorClass(ErrorClass: abstract new (...args: never[]) => Error, name: string): void {
  Object.defineProperty(ErrorClass.prototype, "name", { value: name, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(ErrorClass, ERROR_CLASS_ID, { value: `@punchclock/core:${name}` });
}

/** The class id of `ErrorClass` when it is one of this package's own classes (not a subclass of yours). */
function errorClassId(ErrorClass: object): unknown {
  return Object.hasOwn(ErrorClass, ERROR_CLASS_ID) ? (ErrorClass as Record<symbol, unknown>)[ERROR_CLASS_ID] : undefined;
}

/** `instanceof` as usual, or, for this package's classes, a class with the same id on the prototype chain. */
function isInstanceOf(value: unknown, ErrorClass: object): boolean {
  if (Function.prototype[Symbol.hasInstance].call(ErrorClass, value)) return true;
  const id = errorClassId(ErrorClass);
  if (id === undefined || value === null || (typeof value !== "object" && typeof value !== "function")) return false;
  for (let proto = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const owner = Object.hasOwn(proto, "constructor") ? (proto as { constructor: unknown }).constructor : undefined;
    if (typeof owner === "function" && errorClassId(owner) === id) return true;
  }
  return false;
}

/**
 * Base class of every error punchclock throws, so `catch (e) { if (e instanceof PunchclockError) ... }`
 * separates library failures from bugs in the caller's code.
 *
 * Everything an error holds is redacted when it is built (message, cause chain, bodies), so its `message`,
 * `stack`, `JSON.stringify(error)` and `util.inspect(error)` never show a credential.
 */
export class PunchclockError extends Error {
  static {
    registerErrorClass(PunchclockError, "PunchclockError");
  }

  /**
   * `error instanceof NotFoundError` also holds when the error was made by another copy of this package
   * (ESM and CommonJS, or two versions): the runtime and your `catch` blocks may not share one. The check
   * compares class ids along the prototype chain; your own subclasses keep the ordinary `instanceof`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: every subclass inherits this method; `this` is the class asked about
    return isInstanceOf(value, this);
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
    registerErrorClass(DecodeError, "DecodeError");
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
    options: PunchclockErrorOptions & {
      status?: number | undefined;
      rawBody?: string | undefined;
      /** `rawBody` is only the start of the body (a secret may straddle its end). */
      rawBodyTruncated?: boolean | undefined;
    } = {},
  ) {
    super(message, options);
    this.format = format;
    this.status = options.status;
    this.rawBody = truncatedRawBody(options.rawBody, options.redactor ?? patternRedactor, !options.rawBodyTruncated);
  }
}

/**
 * A value the server sent, for an error message: whole, or undefined when longer than 40 characters. Never
 * cut: a cut could end inside a secret the server echoed, whose start the client's redactor then no longer
 * matches.
 */
export function wholeForMessage(text: string): string | undefined {
  return text.length <= 40 ? text : undefined;
}

/**
 * Caps a body for keeping in an error, redacting before it cuts: a secret that straddles the cut leaves none
 * of its characters behind. `complete: false` says `text` is only the start of the body.
 */
export function truncatedRawBody(text: string | undefined, redactor: Redactor, complete = true): string | undefined {
  if (text === undefined) return undefined;
  const { excerpt, omitted } = redactor.redactExcerpt(text, MAX_RAW_BODY_CHARS, complete);
  if (omitted === 0 && complete) return excerpt;
  return `${excerpt}... [${complete ? `${omitted} more characters` : "cut"}]`;
}

/**
 * A redacted stand-in for a cause (undici's network errors carry URLs, which can hold `api_key`).
 * Punchclock errors are already redacted and stay as they are.
 */
function redactedCause(cause: unknown, redactor: Redactor, depth: number): unknown {
  if (cause instanceof PunchclockError) {
    // Kept, for its class, and masked again in place: it may have been made with a redactor that did not know
    // this client's secrets (the XML decoder's errors know only their shapes). Masking twice changes nothing.
    try {
      cause.message = redactor.redact(cause.message);
      if (typeof cause.stack === "string") cause.stack = redactor.redact(cause.stack);
      const withRawBody = cause as { rawBody?: unknown };
      if (typeof withRawBody.rawBody === "string") withRawBody.rawBody = redactor.redact(withRawBody.rawBody);
      if (cause.cause !== undefined && depth < 4) cause.cause = redactedCause(cause.cause, redactor, depth + 1);
    } catch {
      // A frozen error (a caller's) stays as it is: making this error must not fail.
    }
    return cause;
  }
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
