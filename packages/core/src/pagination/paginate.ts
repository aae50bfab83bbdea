import { abortErrorFor } from "../errors/transport-errors.js";

/** What a strategy sees after each page. */
export interface PageContext {
  /** The page just fetched (1-based unless `firstPage` says otherwise). */
  readonly page: number;
  /** How many items it held. */
  readonly itemCount: number;
  readonly response: Response;
}

/** Decides after each page whether another one follows. */
export interface PaginationStrategy {
  readonly name: string;
  hasNextPage(context: PageContext): boolean;
}

/**
 * The server counts the pages in a header (Kimai: `X-Total-Pages`). A missing or unreadable header means
 * no further page.
 */
export function totalPagesHeader(header = "X-Total-Pages"): PaginationStrategy {
  return {
    name: `header:${header}`,
    hasNextPage({ page, response }) {
      const total = Number.parseInt(response.headers.get(header) ?? "", 10);
      return Number.isFinite(total) && page < total;
    },
  };
}

/** The server sends no count (mite): a page shorter than the page size is the last one. */
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
}

/** How to fetch pages and when to stop. */
export interface PaginateOptions<T> {
  /** Fetches one page; throw to stop the iteration with that error. */
  fetchPage(page: number, signal: AbortSignal | undefined): Promise<{ items: readonly T[]; response: Response }>;
  strategy: PaginationStrategy;
  /** Number of the first page (default 1). */
  firstPage?: number;
  /**
   * Stops the iteration: no further page is requested, the request in flight is cancelled, and the iterator
   * throws a `RequestAbortedError` (or `TimeoutError` for `AbortSignal.timeout()`).
   */
  signal?: AbortSignal;
}

/**
 * An async iterable over every item of every page, fetched lazily: `for await (const item of paginator)`.
 * `pages()` iterates page by page instead.
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #options: PaginateOptions<T>;

  constructor(options: PaginateOptions<T>) {
    this.#options = options;
  }

  /** Iterates the pages, requesting each one only when the previous one has been consumed. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const { fetchPage, strategy, signal } = this.#options;
    let page = this.#options.firstPage ?? 1;
    for (;;) {
      if (signal?.aborted) throw abortErrorFor(signal, `Pagination (before page ${page})`);
      const { items, response } = await fetchPage(page, signal);
      yield { page, items, response };
      if (items.length === 0 || !strategy.hasNextPage({ page, itemCount: items.length, response })) return;
      page += 1;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const { items } of this.pages()) yield* items;
  }

  /** Collects every item. Mind the memory on large accounts. */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this) all.push(item);
    return all;
  }
}

/** Creates a {@link Paginator}. */
export function paginate<T>(options: PaginateOptions<T>): Paginator<T> {
  return new Paginator(options);
}
