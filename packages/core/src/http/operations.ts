import type { Middleware } from "openapi-fetch";
import { ApiError } from "../errors/api-error.js";
import type { ErrorContext, OperationInfo } from "../errors/punchclock-error.js";
import { sharedState } from "../internal/shared-state.js";
import { patternRedactor, type Redactor } from "../redaction/redactor.js";
import { parseRetryAfter } from "./retry.js";

/**
 * `"METHOD /path/template"` -> `operationId`, generated from a spec (see each client's
 * `src/generated/operations.ts`).
 */
export type OperationTable = Readonly<Record<string, string>>;

/** What the runtime knows about a request or response: its operation and the client's redactor. */
export interface RequestContext extends ErrorContext {
  readonly operation: OperationInfo;
  readonly redactor: Redactor;
}

const { contextsByRequest, contextsByResponse } = sharedState();

function contextFor(table: OperationTable, redactor: Redactor, method: string, schemaPath: string): RequestContext {
  const upper = method.toUpperCase();
  return { operation: { method: upper, path: schemaPath, operationId: table[`${upper} ${schemaPath}`] }, redactor };
}

/**
 * Remembers which operation produced each response, so errors can name it. Register it first: openapi-fetch
 * runs `onResponse` hooks in reverse, so the first one sees the final response.
 */
export function operationTracker(table: OperationTable, redactor: Redactor = patternRedactor): Middleware {
  return {
    onResponse({ request, response, schemaPath }) {
      contextsByResponse.set(response, contextsByRequest.get(request) ?? contextFor(table, redactor, request.method, schemaPath));
      return undefined;
    },
  };
}

/**
 * Tags the final request with its operation, so the transport (retries, logs) and every response hook can
 * name it. Register it last: earlier hooks may replace the request (mite's suffix, a query API key).
 */
export function requestTagger(table: OperationTable, redactor: Redactor = patternRedactor): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      contextsByRequest.set(request, contextFor(table, redactor, request.method, schemaPath));
      return undefined;
    },
  };
}

/**
 * The context of a request tagged by {@link requestTagger}; for an untagged one, its method and URL path
 * (never the query, which can hold `api_key`).
 */
export function requestContextOf(request: Request): RequestContext {
  return contextsByRequest.get(request) ?? untrackedContext(request.method, request.url);
}

/**
 * The context of a request or response nothing tagged: its method and URL path (never the query, which
 * can hold `api_key`), and a redactor that masks credentials by shape.
 */
export function untrackedContext(method: string, url: string): RequestContext {
  let path = "";
  try {
    path = new URL(url).pathname;
  } catch {
    // Responses built in memory have no URL.
  }
  return { operation: { method: method.toUpperCase(), path, operationId: undefined }, redactor: patternRedactor };
}

/** The operation a response belongs to, when it came through a client with {@link operationTracker}. */
export function operationOf(response: Response): OperationInfo | undefined {
  return contextsByResponse.get(response)?.operation;
}

/** The shape of an openapi-fetch result. */
export interface FetchResultLike {
  readonly response: Response;
  readonly data?: unknown;
  readonly error?: unknown;
}

/**
 * The success body of an openapi-fetch result type (`undefined` for operations without one). openapi-fetch's
 * result is `{ data: D; error?: never } | { data?: never; error: E }`: only the success member has a
 * required `data`, so matching on `data` alone picks it without the compiler resolving the error types
 * (matching on `error?: never` too cost five calls 20,000 type instantiations; pnpm bench).
 */
export type SuccessData<R> = R extends { data: infer D } ? ([D] extends [never] ? undefined : D) : never;

/** Builds the typed (and redacted) error of a failed openapi-fetch result. */
export function apiErrorOf(result: FetchResultLike): ApiError {
  const { response, error } = result;
  const context = contextsByResponse.get(response) ?? untrackedContext("UNKNOWN", response.url);
  const { operation } = context;
  const rawBody = typeof error === "string" ? error : undefined;
  const retryAfter = response.headers.get("Retry-After");
  return ApiError.from({
    ...operation,
    status: response.status,
    statusText: response.statusText,
    body: rawBody === undefined ? error : undefined,
    rawBody,
    retryAfterMs: retryAfter === null ? undefined : parseRetryAfter(retryAfter),
    redactor: context.redactor,
  });
}

/**
 * Awaits an openapi-fetch call and returns its `data`, or throws the matching {@link ApiError} subclass.
 * Transport failures (connection, timeout, abort, decode) are thrown by the call itself, in both styles.
 *
 * @example
 * const customer = await unwrap(kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } }));
 * const missing = await unwrap(mite.GET("/customers/{id}", { params: { path: { id: 404 } } })).catch((e) => e);
 * if (missing instanceof NotFoundError) console.log(missing.operationId, missing.status); // "getCustomer" 404
 */
// The constraint names `response` only: checking a result against `FetchResultLike`'s `data` and `error`
// would make the compiler resolve both (see SuccessData).
export async function unwrap<R extends { readonly response: Response }>(pending: Promise<R> | R): Promise<SuccessData<R>> {
  const result = await pending;
  if (result.response.ok) return result.data as SuccessData<R>;
  throw apiErrorOf(result);
}
