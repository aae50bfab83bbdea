// Kimai's paginated lists (timesheets, invoices): `page` and `size` in the query, the counts in the
// X-Page, X-Total-Count, X-Total-Pages and X-Per-Page headers, and 404 for a page past the last.
import { type Paginator, paginate, paginationHeaders, stopAtShortPage } from "@punchclock/core";
import { fetchListPage, type LooseGet } from "@punchclock/core/internal";
import type { components, paths } from "./generated/schema.js";

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

/** Every element of a list, whatever the query. */
type AnyListItem<P extends KimaiListPath> =
  GetOf<P> extends {
    responses: { 200: { content: { "application/json": ReadonlyArray<infer Item> } } };
  }
    ? Item
    : never;

/** The list elements `full=true` asks for (`TimesheetCollectionFull`): objects instead of IDs. */
type ExpandedItem = components["schemas"][Extract<keyof components["schemas"], `${string}CollectionFull`>];

/** `Narrowed` unless nothing is left of `Item`. */
type NarrowedOr<Narrowed, Item> = [Narrowed] extends [never] ? Item : Narrowed;

/** The `full` of a query: `undefined` when the query has none, or when there is no query (`never`). */
type FullOf<Query> = [Query] extends [never] ? undefined : "full" extends keyof Query ? Query["full"] : undefined;

/**
 * An element of a list as `Query` asks for it. A list whose items `full` expands (`/api/timesheets`) gives the
 * expanded items for `full: true` or `1` (`TimesheetCollectionFull`), the plain ones (project, activity and
 * user as IDs: `TimesheetCollection`) without `full` or with a false one, and either for a `full` known only at
 * run time (the default `Query`).
 */
export type KimaiListItem<P extends KimaiListPath, Query = KimaiListFilters<P>> = [FullOf<Query>] extends [true | 1]
  ? NarrowedOr<Extract<AnyListItem<P>, ExpandedItem>, AnyListItem<P>>
  : [FullOf<Query>] extends [false | 0 | undefined]
    ? NarrowedOr<Exclude<AnyListItem<P>, ExpandedItem>, AnyListItem<P>>
    : AnyListItem<P>;

/** Options of `kimai.paginate`. */
export interface KimaiPaginateOptions<P extends KimaiListPath, Query extends KimaiListFilters<P> = KimaiListFilters<P>> {
  /**
   * Filters of the list, e.g. `{ begin: "2026-11-01T00:00:00", user: "all" }`. With `full: true` the items are
   * typed as the expanded ones (`TimesheetCollectionFull`), without `full` as the plain ones.
   */
  query?: [Query] extends [never] ? KimaiListFilters<P> & { full?: false | 0 } : Query;
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

/** The largest `size` Kimai serves (`BaseApiController::MAX_PAGE_SIZE`); it answers a larger one with 500 items. */
const KIMAI_MAX_PAGE_SIZE = 500;

/** What {@link kimaiPaginator} needs of the openapi-fetch client: its GET. */
export interface KimaiGetter {
  GET: unknown;
}

/**
 * The paginator behind `kimai.paginate`: requests `page` and `size`, follows `X-Total-Pages` so it never
 * asks for a page past the last (Kimai would answer 404), and exposes the counts as `totals`. Without the
 * headers (a proxy stripped them), a page shorter than `pageSize` is the last.
 */
export function kimaiPaginator<P extends KimaiListPath, const Query extends KimaiListFilters<P> = never>(
  client: KimaiGetter,
  path: P,
  options: KimaiPaginateOptions<P, Query> = {},
): Paginator<KimaiListItem<P, Query>> {
  const pageSize = options.pageSize ?? KIMAI_DEFAULT_PAGE_SIZE;
  // Kimai's pages start at 1 (the spec's `minimum: 1`); a page 0 would be sent, and refused by Kimai.
  if (options.firstPage !== undefined && !(options.firstPage >= 1)) {
    throw new RangeError(`firstPage must be an integer >= 1 (Kimai's pages start at 1), not ${options.firstPage}`);
  }
  // The path is one of the list paths, whose GET takes exactly these parameters.
  const get = client.GET as LooseGet;
  return paginate<KimaiListItem<P, Query>>({
    // Without the headers, a page shorter than Kimai serves is the last: asked for 1000, Kimai sends 500.
    strategy: paginationHeaders({ fallback: stopAtShortPage(Math.min(pageSize, KIMAI_MAX_PAGE_SIZE)) }),
    firstPage: options.firstPage,
    signal: options.signal,
    prefetch: options.prefetch,
    maxPages: options.maxPages,
    async fetchPage(page, signal) {
      const { items, response } = await fetchListPage(get, path, { ...options.query, page, size: pageSize }, signal, "json");
      return { items: items as KimaiListItem<P, Query>[], response };
    },
  });
}
