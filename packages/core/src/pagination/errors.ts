import {
  describeOperation,
  PunchclockError,
  type PunchclockErrorOptions,
  registerErrorClass,
} from "../errors/punchclock-error.js";

/**
 * Why a paginator gave up:
 * - `"max-pages"`: there were more pages than the paginator's `maxPages` allowed;
 * - `"repeated-page"`: a page held exactly the items of an earlier page (a server that ignores `page=`, or
 *   wraps around past its last page, would otherwise be paged until `maxPages`, its items yielded again);
 * - `"page-mismatch"`: the server said it sent another page than the one requested (Kimai's `X-Page`);
 * - `"empty-page"`: a page held no items although the server's count (Kimai's `X-Total-Pages`, a strategy's
 *   `totals`) announced more pages: the list would otherwise end short without a word;
 * - `"inconsistent-totals"`: the server's counts contradict each other (Kimai: `X-Total-Pages` is not
 *   `X-Total-Count` in pages of `X-Per-Page`), so whichever the paginator followed, the list could end short.
 */
export type PaginationErrorReason = "max-pages" | "repeated-page" | "page-mismatch" | "empty-page" | "inconsistent-totals";

/** Options of {@link PaginationError}. */
export interface PaginationErrorOptions extends PunchclockErrorOptions {
  readonly reason: PaginationErrorReason;
  /** The page number the paginator was at. */
  readonly page: number;
  /** How many pages the paginator had fetched in this iteration. */
  readonly pagesFetched: number;
  /** The limit, for `"max-pages"`. */
  readonly maxPages?: number | undefined;
}

/**
 * A paginator stopped because the pages did not add up: more pages than `maxPages`, a page that repeats the
 * previous one, or a server that answered with another page than the one asked for. The pages yielded
 * before it are good; the iteration cannot go on.
 *
 * @example
 * try {
 *   for await (const customer of mite.paginate("/customers", { maxPages: 500 })) save(customer);
 * } catch (e) {
 *   if (e instanceof PaginationError && e.reason === "max-pages") console.warn(`stopped after ${e.pagesFetched} pages`);
 *   else throw e;
 * }
 */
export class PaginationError extends PunchclockError {
  static {
    registerErrorClass(PaginationError, "PaginationError");
  }
  readonly reason: PaginationErrorReason;
  /** The page number the paginator was at when it stopped. */
  readonly page: number;
  /** Pages fetched in the iteration that failed, including the offending one. */
  readonly pagesFetched: number;
  /** The limit that was exceeded (`"max-pages"` only). */
  readonly maxPages: number | undefined;

  constructor(message: string, options: PaginationErrorOptions) {
    super(message, options);
    this.reason = options.reason;
    this.page = options.page;
    this.pagesFetched = options.pagesFetched;
    this.maxPages = options.maxPages;
  }
}

/** The message subject of a pagination error: `Pagination of GET /customers (getCustomers)`. */
export function paginationSubject(options: PunchclockErrorOptions): string {
  return options.operation ? `Pagination of ${describeOperation(options.operation)}` : "Pagination";
}
