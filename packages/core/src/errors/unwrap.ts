// From an openapi-fetch result to the data or a typed error: the end of the data path, next to the errors it
// throws. The operation and the redactor come from the context the client recorded on the response.
import { contextOfResponse, untrackedContext } from "../http/operations.js";
import { parseRetryAfter } from "../transport/retry.js";
import { ApiError } from "./api-error.js";

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
  const context = contextOfResponse(response) ?? untrackedContext("UNKNOWN", response.url);
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
  if (result.response.ok) return (result as FetchResultLike).data as SuccessData<R>;
  throw apiErrorOf(result);
}
