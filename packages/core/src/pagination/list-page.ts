import { DecodeError, describeOperation } from "../errors/punchclock-error.js";
import { apiErrorOf } from "../errors/unwrap.js";
import { operationOf } from "../http/operations.js";

/** An openapi-fetch `GET`, loosely typed: the clients type their list paths themselves. */
export type LooseGet = (
  path: string,
  init: { params?: { path?: object; query?: object }; signal?: AbortSignal },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * One page of a list, for the clients' paginators: its items, the `ApiError` of a failing status, or a
 * `DecodeError` when a successful answer is no list (a server that pages by other means would otherwise end
 * the iteration silently, or hand over an object as items).
 */
export async function fetchListPage(
  get: LooseGet,
  path: string,
  query: object,
  signal: AbortSignal | undefined,
  format: "json" | "xml",
): Promise<{ items: unknown[]; response: Response }> {
  const result = await get(path, { params: { query }, ...(signal ? { signal } : {}) });
  if (!result.response.ok) throw apiErrorOf(result);
  if (!Array.isArray(result.data)) {
    const operation = operationOf(result.response);
    throw new DecodeError(
      format,
      `${describeOperation(operation)} returned no list (got ${result.data === null ? "null" : typeof result.data})`,
      { operation, status: result.response.status },
    );
  }
  return { items: result.data, response: result.response };
}
