import type { Middleware } from "openapi-fetch";
import { ApiError, type OperationInfo } from "../errors/api-error.js";

/**
 * `"METHOD /path/template"` -> `operationId`, generated from a spec (see each client's
 * `src/generated/operations.ts`).
 */
export type OperationTable = Readonly<Record<string, string>>;

const operationsByResponse = new WeakMap<Response, OperationInfo>();

/**
 * Remembers which operation produced each response, so errors can name it. Register it first: openapi-fetch
 * runs `onResponse` hooks in reverse, so the first one sees the final response.
 */
export function operationTracker(table: OperationTable): Middleware {
  return {
    onResponse({ request, response, schemaPath }) {
      const method = request.method.toUpperCase();
      operationsByResponse.set(response, { method, path: schemaPath, operationId: table[`${method} ${schemaPath}`] });
      return undefined;
    },
  };
}

/** The operation a response belongs to, when it came through a client with {@link operationTracker}. */
export function operationOf(response: Response): OperationInfo | undefined {
  return operationsByResponse.get(response);
}

/** The shape of an openapi-fetch result. */
export interface FetchResultLike {
  readonly response: Response;
  readonly data?: unknown;
  readonly error?: unknown;
}

/** The success body of an openapi-fetch result type (`undefined` for operations without one). */
export type SuccessData<R> = R extends { data: infer D; error?: never } ? ([D] extends [never] ? undefined : D) : never;

/** Builds the typed error of a failed openapi-fetch result. */
export function apiErrorOf(result: FetchResultLike): ApiError {
  const { response, error } = result;
  const operation = operationOf(response) ?? {
    method: "UNKNOWN",
    path: response.url ? new URL(response.url).pathname : "",
    operationId: undefined,
  };
  const rawBody = typeof error === "string" ? error : undefined;
  return ApiError.from({
    ...operation,
    status: response.status,
    statusText: response.statusText,
    body: rawBody === undefined ? error : undefined,
    rawBody,
  });
}

/**
 * Awaits an openapi-fetch call and returns its `data`, or throws the matching {@link ApiError} subclass:
 * `const customer = await unwrap(kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } }))`.
 */
export async function unwrap<R extends FetchResultLike>(pending: Promise<R> | R): Promise<SuccessData<R>> {
  const result = await pending;
  if (result.response.ok) return result.data as SuccessData<R>;
  throw apiErrorOf(result);
}
