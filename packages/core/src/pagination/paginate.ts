import { PunchclockError } from "../errors/punchclock-error.js";

/** What a strategy sees after each page. */
export interface PageContext {
  /** The page just fetched (1-based unless `firstPage` says otherwise). */
  readonly page: number;
  /** How many items it held. */
  readonly itemCount: number;
  readonly response: Response;
}

/** What a server says about the whole list; each field is undefined when it does not say. */
export interface PageTotals {
  /** Items in the whole list (Kimai: `X-Total-Count`). */
  readonly totalCount: number | undefined;
  /** Pages in the whole list (Kimai: `X-Total-Pages`, else derived from the count and the page size). */
  readonly totalPages: number | undefined;
  /** Items per page as the server counts them (Kimai: `X-Per-Page`). */
  readonly perPage: number | undefined;
}

/** Decides after each page whether another one follows. */
export interface PaginationStrategy {
  readonly name: string;
  hasNextPage(context: PageContext): boolean;
  /** What the response says about the whole list; undefined when it says nothing (mite). */
  totals?(context: PageContext): PageTotals | undefined;
  /**
   * The page number the server says it sent (Kimai: `X-Page`), when it says. A number other than the one
   * requested ends the iteration with a {@link PaginationError} (`"page-mismatch"`).
   */
  servedPage?(context: PageContext): number | undefined;
}

/**
 * The server counts the pages in a header (Kimai: `X-Total-Pages`). A missing or unreadable header means
 * no further page. {@link paginationHeaders} reads the other counts too.
 *
 * @example
 * paginate({ fetchPage, strategy: totalPagesHeader("X-Page-Count") });
 */
export function totalPagesHeader(header = "X-Total-Pages"): PaginationStrategy {
  return {
    name: `header:${header}`,
    hasNextPage({ page, response }) {
      const total = Number.parseInt(response.headers.get(header) ?? "", 10);
      return Number.isFinite(total) && page < total;
    },
    totals({ response }) {
      const totalPages = count(response.headers.get(header));
      return totalPages === undefined ? undefined : { totalCount: undefined, totalPages, perPage: undefined };
    },
  };
}

/** The headers {@link paginationHeaders} reads; the defaults are Kimai's. */
export interface PaginationHeaderNames {
  /** The page the server sent (default `X-Page`). */
  readonly page?: string;
  /** Items in the whole list (default `X-Total-Count`). */
  readonly totalCount?: string;
  /** Pages in the whole list (default `X-Total-Pages`). */
  readonly totalPages?: string;
  /** Items per page (default `X-Per-Page`). */
  readonly perPage?: string;
}

/** Options of {@link paginationHeaders}. */
export interface PaginationHeadersOptions {
  /** Other header names than Kimai's. */
  readonly headers?: PaginationHeaderNames;
  /**
   * Decides when the headers do not give the number of pages (a proxy that strips them, a browser without
   * `Access-Control-Expose-Headers`). Without one, such a page is the last.
   */
  readonly fallback?: PaginationStrategy;
}

/**
 * Kimai's paging headers: `X-Page`, `X-Total-Count`, `X-Total-Pages` and `X-Per-Page`. The paginator never
 * requests a page past `X-Total-Pages` (Kimai answers one with 404), exposes the counts as
 * {@link PageTotals}, and stops with a {@link PaginationError} when `X-Page` is not the page it asked for, or
 * when `X-Total-Pages` is not `X-Total-Count` in pages of `X-Per-Page` (`"inconsistent-totals"`).
 * When the number of pages is neither sent nor derivable from count and page size, `fallback` decides.
 *
 * @example
 * const strategy = paginationHeaders({ fallback: stopAtShortPage(50) });
 * const paginator = paginate({ fetchPage, strategy });
 */
export function paginationHeaders(options: PaginationHeadersOptions = {}): PaginationStrategy {
  const names = {
    page: options.headers?.page ?? "X-Page",
    totalCount: options.headers?.totalCount ?? "X-Total-Count",
    totalPages: options.headers?.totalPages ?? "X-Total-Pages",
    perPage: options.headers?.perPage ?? "X-Per-Page",
  };
  const { fallback } = options;
  const totals = ({ response }: PageContext): PageTotals | undefined => {
    const totalCount = count(response.headers.get(names.totalCount));
    const perPage = count(response.headers.get(names.perPage));
    let totalPages = count(response.headers.get(names.totalPages));
    if (totalPages === undefined && totalCount !== undefined && perPage !== undefined && perPage > 0) {
      totalPages = Math.ceil(totalCount / perPage);
    }
    if (totalCount === undefined && totalPages === undefined && perPage === undefined) return undefined;
    return { totalCount, totalPages, perPage };
  };
  return {
    name: `headers:${names.totalPages}${fallback ? `|${fallback.name}` : ""}`,
    hasNextPage(context) {
      const totalPages = totals(context)?.totalPages;
      if (totalPages !== undefined) return context.page < totalPages;
      return fallback?.hasNextPage(context) ?? false;
    },
    totals,
    servedPage: ({ response }) => count(response.headers.get(names.page)),
  };
}

/**
 * The server sends no count (mite): a page shorter than the page size is the last one.
 *
 * @example
 * paginate({ fetchPage, strategy: stopAtShortPage(100) });
 */
export function stopAtShortPage(pageSize: number): PaginationStrategy {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError("pageSize must be a positive integer");
  return {
    name: `short-page:${pageSize}`,
    hasNextPage: ({ itemCount }) => itemCount >= pageSize,
  };
}

/** One fetched page. */
export interface Page<T> {
  readonly page: number;
  readonly items: readonly T[];
  readonly response: Response;
  /** What the server said about the whole list with this page; undefined when it said nothing (mite). */
  readonly totals: PageTotals | undefined;
}

/** The default {@link PaginateOptions.maxPages}. */
export const DEFAULT_MAX_PAGES = 10_000;

/** How to fetch pages and when to stop. */
export interface PaginateOptions<T> {
  /**
   * Fetches one page; throw to stop the iteration with that error. Pass `signal` on to the request: it is
   * the caller's signal, and for a prefetch one that also fires when the iteration ends before needing it.
   */
  fetchPage(page: number, signal: AbortSignal | undefined): Promise<{ items: readonly T[]; response: Response }>;
  strategy: PaginationStrategy;
  /** Number of the first page (default 1). */
  firstPage?: number | undefined;
  /**
   * Stops the iteration: no further page is requested, the request in flight is cancelled, and the iterator
   * throws a `RequestAbortedError` (or `TimeoutError` for `AbortSignal.timeout()`).
   */
  signal?: AbortSignal | undefined;
  /**
   * Requests page N+1 while the caller works on page N (default `false`). At most one page ahead, and
   * never past the last page the strategy knows of. When the iteration ends early (`break`, `return`, a
   * thrown error, the signal), the request in flight is aborted and its failure is dropped.
   */
  prefetch?: boolean | undefined;
  /**
   * Most pages one iteration fetches (default 10,000; a positive integer or `Infinity`). Needing more
   * throws a {@link PaginationError} (`"max-pages"`) after the last allowed page was yielded.
   */
  maxPages?: number | undefined;
  /**
   * Identifies a page's content, to catch a page that repeats an earlier one (a server that ignores
   * `page=`, or wraps around past its last page): such a page throws a {@link PaginationError}
   * (`"repeated-page"`) instead of being yielded. Each page's fingerprint is compared, as a 53-bit hash, with
   * every earlier page's, so a custom one must tell all pages of a list apart, not only neighbours. Default:
   * the items as JSON; `false` turns the check off (for lists whose pages may be equal, e.g. items without
   * identity).
   */
  pageFingerprint?: ((items: readonly T[]) => string | undefined) | false | undefined;
}

/**
 * An async iterable over every item of every page, fetched lazily: `for await (const item of paginator)`.
 * `pages()` iterates page by page instead. Each iteration starts again at the first page.
 *
 * @example
 * const paginator = kimai.paginate("/api/timesheets", { pageSize: 100, prefetch: true });
 * for await (const page of paginator.pages()) console.log(`page ${page.page} of ${page.totals?.totalPages}`);
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #options: PaginateOptions<T>;
  readonly #maxPages: number;
  #totals: PageTotals | undefined;

  constructor(options: PaginateOptions<T>) {
    this.#options = options;
    this.#maxPages = validMaxPages(options.maxPages ?? DEFAULT_MAX_PAGES);
    const firstPage = options.firstPage ?? 1;
    if (!Number.isSafeInteger(firstPage)) throw new RangeError(`firstPage must be an integer, not ${firstPage}`);
  }

  /**
   * What the server said about the whole list with the latest page fetched (Kimai: `X-Total-Count`, ...);
   * undefined before the first page and for servers that say nothing (mite).
   *
   * @example
   * const timesheets = kimai.paginate("/api/timesheets");
   * for await (const page of timesheets.pages()) if (page.page === 1) console.log(`${timesheets.totals?.totalCount} in all`);
   */
  get totals(): PageTotals | undefined {
    return this.#totals;
  }

  /**
   * Iterates the pages. Without `prefetch` each page is requested only when the previous one has been
   * consumed; with it, one page ahead.
   *
   * @example
   * for await (const { page, items, totals } of paginator.pages()) console.log(page, items.length, totals?.totalCount);
   */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    // The loop is loaded with the first page: a client that never paginates does not load it up front.
    let loop: typeof import("./page-loop.js");
    try {
      loop = await import("./page-loop.js");
    } catch (error) {
      // A browser app offline, or one redeployed under it: a failure punchclock names, like the page's own.
      throw new PunchclockError("Pagination: the paginator's code could not be loaded", { cause: error });
    }
    const { iteratePages } = loop;
    yield* iteratePages(this.#options, this.#maxPages, (totals) => {
      this.#totals = totals;
    });
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const { items } of this.pages()) yield* items;
  }

  /**
   * Collects every item. Mind the memory on large accounts.
   *
   * @example
   * const customers = await mite.paginate("/customers").toArray();
   */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this) all.push(item);
    return all;
  }
}

/**
 * Creates a {@link Paginator}.
 *
 * @example
 * const paginator = paginate({
 *   strategy: stopAtShortPage(100),
 *   prefetch: true,
 *   fetchPage: async (page, signal) => {
 *     const response = await fetch(`https://api.example.com/items?page=${page}&limit=100`, { signal: signal ?? null });
 *     return { items: (await response.json()) as Item[], response };
 *   },
 * });
 * for await (const item of paginator) console.log(item);
 */
export function paginate<T>(options: PaginateOptions<T>): Paginator<T> {
  return new Paginator(options);
}

function validMaxPages(value: number): number {
  if (value === Number.POSITIVE_INFINITY || (Number.isSafeInteger(value) && value >= 1)) return value;
  throw new RangeError(`maxPages must be a positive integer or Infinity, not ${String(value)}`);
}

/** A header holding a count: digits only, else undefined. */
function count(value: string | null): number | undefined {
  if (value === null || !/^\s*\d{1,15}\s*$/.test(value)) return undefined;
  return Number(value);
}
