import { patternRedactor, type Redactor } from "../redaction/redactor.js";
import {
  describeOperation,
  type OperationInfo,
  PunchclockError,
  registerErrorClass,
  truncatedRawBody,
} from "./punchclock-error.js";

/** Everything an {@link ApiError} is built from. */
export interface ApiErrorInit extends OperationInfo {
  readonly status: number;
  readonly statusText: string;
  /** The parsed error body (Kimai `{code, message, errors?}`, mite `{error}`), when it parsed. */
  readonly body: unknown;
  /** The body as text, when it did not parse as JSON. */
  readonly rawBody?: string | undefined;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs?: number | undefined;
  /** Masks the client's credentials in the message and bodies. */
  readonly redactor?: Redactor | undefined;
}

/**
 * A response with an error status. Subclasses per status let callers branch with `instanceof`;
 * `status`, `body` and the operation are on every instance. Bodies are redacted copies.
 */
export class ApiError extends PunchclockError {
  static {
    registerErrorClass(ApiError, "ApiError");
  }
  declare readonly method: string;
  declare readonly path: string;
  readonly status: number;
  readonly statusText: string;
  /** The API's parsed error body (Kimai `{code, message, errors?}`, mite `{error}`), redacted. */
  readonly body: unknown;
  /** The body as text (capped at 8 KiB, redacted) when it was not JSON, e.g. a proxy's HTML error page. */
  readonly rawBody: string | undefined;
  /** How long the server asked to wait (`Retry-After`), in milliseconds; set on 429 and 503 responses that say. */
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    const redactor = init.redactor ?? patternRedactor;
    const { method, path, operationId } = init;
    super(describe(init, redactor), { operation: { method, path, operationId }, redactor });
    this.status = init.status;
    // The reason phrase is the server's text like the body, and servers echo tokens in it ("Invalid token ...").
    this.statusText = redactor.redact(init.statusText);
    this.body = redactor.redactValue(init.body);
    this.rawBody = truncatedRawBody(init.rawBody, redactor);
    this.retryAfterMs = init.retryAfterMs;
  }

  /** The API's own message: Kimai's `message`, mite's `error`, or undefined. */
  get apiMessage(): string | undefined {
    return apiMessageOf(this.body);
  }

  /** Creates the subclass that matches the status. */
  static from(init: ApiErrorInit): ApiError {
    const ErrorClass = classForStatus(init.status);
    return new ErrorClass(init);
  }
}

/** 400: malformed request or failed validation (Kimai adds a form error tree in `body.errors`). */
export class BadRequestError extends ApiError {
  static {
    registerErrorClass(BadRequestError, "BadRequestError");
  }
}
/** 401: missing or wrong credentials. */
export class AuthenticationError extends ApiError {
  static {
    registerErrorClass(AuthenticationError, "AuthenticationError");
  }
}
/** 403: authenticated, but not allowed (or Kimai's deprecated X-AUTH pair did not match). */
export class PermissionDeniedError extends ApiError {
  static {
    registerErrorClass(PermissionDeniedError, "PermissionDeniedError");
  }
}
/** 404: no such record (or not visible to the user). */
export class NotFoundError extends ApiError {
  static {
    registerErrorClass(NotFoundError, "NotFoundError");
  }
}
/** 409: the request conflicts with the current state. */
export class ConflictError extends ApiError {
  static {
    registerErrorClass(ConflictError, "ConflictError");
  }
}
/** 410: the endpoint was removed (Kimai's `/team` routes since 2.65). */
export class GoneError extends ApiError {
  static {
    registerErrorClass(GoneError, "GoneError");
  }
}
/** 422: refused change (mite validation, deleting a customer that still has projects). */
export class UnprocessableEntityError extends ApiError {
  static {
    registerErrorClass(UnprocessableEntityError, "UnprocessableEntityError");
  }
}
/** 408: the server gave up waiting for the request (retried for idempotent requests). */
export class RequestTimeoutError extends ApiError {
  static {
    registerErrorClass(RequestTimeoutError, "RequestTimeoutError");
  }
}
/** 429: rate limited; `retryAfterMs` says for how long, when the server said. */
export class RateLimitError extends ApiError {
  static {
    registerErrorClass(RateLimitError, "RateLimitError");
  }
}
/** 5xx: the server failed. */
export class InternalServerError extends ApiError {
  static {
    registerErrorClass(InternalServerError, "InternalServerError");
  }
}

function classForStatus(status: number): typeof ApiError {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 408:
      return RequestTimeoutError;
    case 410:
      return GoneError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      return status >= 500 ? InternalServerError : ApiError;
  }
}

function apiMessageOf(body: unknown): string | undefined {
  if (body === null || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.message === "string") return record.message;
  if (typeof record.error === "string") return record.error;
  return undefined;
}

function describe(init: ApiErrorInit, redactor: Redactor): string {
  // The API's message goes into `message` and `stack` (twice more in memory, and into every log line):
  // capped as a raw body is, redacted before the cut.
  const message = truncatedRawBody(apiMessageOf(init.body), redactor);
  const status = `${init.status}${init.statusText ? ` ${init.statusText}` : ""}`;
  return `${describeOperation(init)} failed with ${status}${message ? `: ${message}` : ""}`;
}

/** One field's messages from a Kimai validation error. */
export interface FieldError {
  /** Dotted path of the field (`""` for form-level errors such as "extra fields"). */
  readonly field: string;
  readonly messages: readonly string[];
}

/**
 * Flattens Kimai's form error tree (`{errors: {errors?: [...], children: {name: {errors: [...]}}}}`) into
 * `[{ field: "name", messages: [...] }]`, leaving out fields without messages. Messages about the form as a
 * whole have the field `""`.
 *
 * @example
 * try {
 *   await unwrap(kimai.POST("/api/customers", { body: { name: "" } }));
 * } catch (e) {
 *   if (e instanceof BadRequestError) for (const { field, messages } of flattenValidationErrors(e.body)) console.log(field, messages);
 *   else throw e;
 * }
 */
export function flattenValidationErrors(body: unknown): FieldError[] {
  const result: FieldError[] = [];
  const root = body !== null && typeof body === "object" ? (body as Record<string, unknown>).errors : undefined;
  const visit = (node: unknown, field: string): void => {
    if (node === null || typeof node !== "object") return;
    const { errors, children } = node as { errors?: unknown; children?: unknown };
    if (Array.isArray(errors)) {
      const messages = errors.filter((message): message is string => typeof message === "string");
      if (messages.length > 0) result.push({ field, messages });
    }
    if (children !== null && typeof children === "object") {
      for (const [name, child] of Object.entries(children)) visit(child, field ? `${field}.${name}` : name);
    }
  };
  visit(root, "");
  return result;
}
