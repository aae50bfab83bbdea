import { PunchclockError } from "./punchclock-error.js";

/** Which operation a request belonged to: enough to find it in the spec, never its full URL. */
export interface OperationInfo {
  /** HTTP method, upper case. */
  readonly method: string;
  /** The spec's path template, e.g. `/api/customers/{id}`; never the URL with its query string. */
  readonly path: string;
  /** The spec's `operationId`, when the path and method are in the spec. */
  readonly operationId: string | undefined;
}

/** Everything an {@link ApiError} is built from. */
export interface ApiErrorInit extends OperationInfo {
  readonly status: number;
  readonly statusText: string;
  /** The parsed error body (Kimai `{code, message, errors?}`, mite `{error}`), when it parsed. */
  readonly body: unknown;
  /** The body as text, when it did not parse as JSON. */
  readonly rawBody?: string | undefined;
}

/**
 * A response with an error status. Subclasses per status let callers branch with `instanceof`;
 * `status`, `body` and the operation are on every instance.
 */
export class ApiError extends PunchclockError {
  override name = "ApiError";
  readonly status: number;
  readonly statusText: string;
  readonly body: unknown;
  readonly rawBody: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly operationId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(describe(init));
    this.status = init.status;
    this.statusText = init.statusText;
    this.body = init.body;
    this.rawBody = init.rawBody;
    this.method = init.method;
    this.path = init.path;
    this.operationId = init.operationId;
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
  override name = "BadRequestError";
}
/** 401: missing or wrong credentials. */
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
/** 403: authenticated, but not allowed (or Kimai's deprecated X-AUTH pair did not match). */
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
/** 404: no such record (or not visible to the user). */
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
/** 409: the request conflicts with the current state. */
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
/** 410: the endpoint was removed (Kimai's `/team` routes since 2.65). */
export class GoneError extends ApiError {
  override name = "GoneError";
}
/** 422: refused change (mite validation, deleting a customer that still has projects). */
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}
/** 429: rate limited. */
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
}
/** 5xx: the server failed. */
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
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

function describe(init: ApiErrorInit): string {
  const operation = init.operationId ? ` (${init.operationId})` : "";
  const message = apiMessageOf(init.body);
  const status = `${init.status}${init.statusText ? ` ${init.statusText}` : ""}`;
  return `${init.method} ${init.path}${operation} failed with ${status}${message ? `: ${message}` : ""}`;
}

/** One field's messages from a Kimai validation error. */
export interface FieldError {
  /** Dotted path of the field (`""` for form-level errors such as "extra fields"). */
  readonly field: string;
  readonly messages: readonly string[];
}

/**
 * Flattens Kimai's form error tree (`{errors: {errors?: [...], children: {name: {errors: [...]}}}}`) into
 * `[{ field: "name", messages: [...] }]`, leaving out fields without messages.
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
