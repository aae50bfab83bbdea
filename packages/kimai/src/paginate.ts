// Kimai's paginated lists (timesheets, invoices): `page` and `size` in the query, the counts in the
// X-Page, X-Total-Count, X-Total-Pages and X-Per-Page headers, and 404 for a page past the last.
import { type Paginator, paginate, paginationHeaders, stopAtShortPage } from "@punchclock/core";
import { fetchListPage, type LooseGet } from "@punchclock/core/internal";
import type { paths } from "./generated/schema.js";

type GetOf<P extends keyof paths> = paths[P] extends { get: infer Operation } ? Operation : never;

type QueryOf<P extends keyof paths> = GetOf<P> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

type TakesPathParameters<P extends keyof paths> = GetOf<P> extends { parameters: { path: object } } ? true : false;

/** Paths whose GET takes `page` and `size` (and no path parameters): the lists `kimai.paginate` can page through. */
export type KimaiListPath = {
  [P in keyof paths]: [QueryOf<P>] extends [never]
    ? never
    : "page" extends keyof QueryOf<P>
      ? "size" extends keyof QueryOf<P>
        ? TakesPathParameters<P> extends true
          ? never
          : P
        : never
      : never;
}[keyof paths];

/** The filters of a list, without the paging parameters (the paginator sets those). */
export type KimaiListFilters<P extends KimaiListPath> = Omit<QueryOf<P>, "page" | "size">;

/** An element of a list. */
export type KimaiListItem<P extends KimaiListPath> =
  GetOf<P> extends {
    responses: { 200: { content: { "application/json": ReadonlyArray<infer Item> } } };
  }
    ? Item
    : never;

/** Options of `kimai.paginate`. */
export interface KimaiPaginateOptions<P extends KimaiListPath> {
  /** Filters of the list, e.g. `{ begin: "2026-11-01T00:00:00", user: "all" }`. */
  query?: KimaiListFilters<P>;
  /** Items per request, Kimai's `size` (default 50, as Kimai's). */
  pageSize?: number;
  /** The first page to request: an integer >= 1 (default 1). Kimai answers a page past the last with 404 (`NotFoundError`). */
  firstPage?: number;
  /** Requests the next page while you work on the current one (default `false`); see `PaginateOptions.prefetch`. */
  prefetch?: boolean;
  /** Most pages one iteration fetches before it throws a `PaginationError` (default 10,000; or `Infinity`). */
  maxPages?: number;
  /** Stops the iteration. */
  signal?: AbortSignal;
}

/** The default `size` of `kimai.paginate`: Kimai's own. */
export const KIMAI_DEFAULT_PAGE_SIZE = 50;

/** What {@link kimaiPaginator} needs of the openapi-fetch client: its GET. */
export interface KimaiGetter {
  GET: unknown;
}

/**
 * The paginator behind `kimai.paginate`: requests `page` and `size`, follows `X-Total-Pages` so it never
 * asks for a page past the last (Kimai would answer 404), and exposes the counts as `totals`. Without the
 * headers (a proxy stripped them), a page shorter than `pageSize` is the last.
 */
export function kimaiPaginator<P extends KimaiListPath>(
  client: KimaiGetter,
  path: P,
  options: KimaiPaginateOptions<P> = {},
): Paginator<KimaiListItem<P>> {
  const pageSize = options.pageSize ?? KIMAI_DEFAULT_PAGE_SIZE;
  // Kimai's pages start at 1 (the spec's `minimum: 1`); a page 0 would be sent, and refused by Kimai.
  if (options.firstPage !== undefined && !(options.firstPage >= 1)) {
    throw new RangeError(`firstPage must be an integer >= 1 (Kimai's pages start at 1), not ${options.firstPage}`);
  }
  // The path is one of the list paths, whose GET takes exactly these parameters.
  const get = client.GET as LooseGet;
  return paginate<KimaiListItem<P>>({
    strategy: paginationHeaders({ fallback: stopAtShortPage(pageSize) }),
    firstPage: options.firstPage,
    signal: options.signal,
    prefetch: options.prefetch,
    maxPages: options.maxPages,
    async fetchPage(page, signal) {
      const { items, response } = await fetchListPage(get, path, { ...options.query, page, size: pageSize }, signal, "json");
      return { items: items as KimaiListItem<P>[], response };
    },
  });
}
