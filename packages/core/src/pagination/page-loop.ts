// The page loop of `Paginator.pages()`, in a module of its own: the paginator imports it with the first page
// it fetches, so a client that never paginates does not load it (pnpm bench: bundle sizes).
import { abortErrorFor } from "../errors/transport-errors.js";
import { operationOf } from "../http/operations.js";
import { PaginationError, paginationSubject } from "./errors.js";
import type { Page, PageContext, PageTotals, PaginateOptions } from "./paginate.js";

/**
 * Fetches the pages `options` describe, at most `maxPages` (already checked), one ahead with `prefetch`;
 * hands the totals of each page to `setTotals` before yielding it.
 */
export async function* iteratePages<T>(
  options: PaginateOptions<T>,
  maxPages: number,
  setTotals: (totals: PageTotals | undefined) => void,
): AsyncGenerator<Page<T>, void, undefined> {
  const { fetchPage, strategy, signal } = options;
  const prefetch = options.prefetch === true;
  const fingerprint = options.pageFingerprint === false ? undefined : (options.pageFingerprint ?? jsonOf);
  // A prefetch has its own controller, so closing the iteration can cancel it; the caller's signal ends it too.
  let ahead: Prefetch<T> | undefined;
  let page = options.firstPage ?? 1;
  let fetched = 0;
  // The fingerprint of every page so far, as a hash (a number per page, not the page's JSON) -> its page.
  const earlierPages = new Map<number, number>();
  try {
    for (;;) {
      if (signal?.aborted) throw abortErrorFor(signal, `Pagination (before page ${page})`);
      const pending = ahead?.promise ?? fetchPage(page, signal);
      ahead = undefined;
      const { items, response } = await pending;
      fetched += 1;
      const context: PageContext = { page, itemCount: items.length, response };
      const errorOptions = () => ({ operation: operationOf(response), page, pagesFetched: fetched });
      const served = strategy.servedPage?.(context);
      if (served !== undefined && served !== page) {
        const options = errorOptions();
        throw new PaginationError(`${paginationSubject(options)}: asked for page ${page}, the server sent page ${served}`, {
          ...options,
          reason: "page-mismatch",
        });
      }
      const print = fingerprint && items.length > 0 ? fingerprint(items) : undefined;
      if (print !== undefined) {
        // Any earlier page, not only the one before: a server that wraps around past its last page (or
        // alternates two) would otherwise be paged until maxPages, its items yielded again and again.
        const hash = hashOf(print);
        const earlier = earlierPages.get(hash);
        if (earlier !== undefined) {
          const options = errorOptions();
          throw new PaginationError(
            `${paginationSubject(options)}: page ${page} repeats page ${earlier} (does the server ignore the page parameter${earlier === page - 1 ? "" : ", or wrap around"}?)`,
            { ...options, reason: "repeated-page" },
          );
        }
        earlierPages.set(hash, page);
      }
      const totals = strategy.totals?.(context);
      if (totals !== undefined && contradictory(totals)) {
        const options = errorOptions();
        const { totalCount, totalPages, perPage } = totals;
        throw new PaginationError(
          `${paginationSubject(options)}: the server counts ${totalCount} items at ${perPage} a page, but ${totalPages} pages`,
          { ...options, reason: "inconsistent-totals" },
        );
      }
      setTotals(totals);
      if (items.length === 0 && totals?.totalPages !== undefined && page < totals.totalPages) {
        // Ending here would drop the pages the server still announces; going on could page an empty list
        // until maxPages. Either way the caller would not learn that the list was cut short. (Without a count
        // from the server, an empty page is the end, as it always was.)
        const options = errorOptions();
        throw new PaginationError(
          `${paginationSubject(options)}: page ${page} is empty, though the server announces ${totals.totalPages} pages`,
          { ...options, reason: "empty-page" },
        );
      }
      const more = items.length > 0 && strategy.hasNextPage(context);
      if (prefetch && more && fetched < maxPages && !signal?.aborted) ahead = prefetched(fetchPage, page + 1, signal);
      yield { page, items, response, totals };
      if (!more) return;
      if (fetched >= maxPages) {
        const options = errorOptions();
        throw new PaginationError(`${paginationSubject(options)} needs more than maxPages (${maxPages}) pages`, {
          ...options,
          reason: "max-pages",
          maxPages,
        });
      }
      page += 1;
    }
  } finally {
    // The iteration ended (break, return, an error) with a prefetch in flight: nobody needs it any more.
    // Its rejection was marked as handled when it started.
    ahead?.controller.abort(new DOMException("The paginator was closed", "AbortError"));
  }
}

type FetchedPage<T> = Awaited<ReturnType<PaginateOptions<T>["fetchPage"]>>;

interface Prefetch<T> {
  readonly promise: Promise<FetchedPage<T>>;
  readonly controller: AbortController;
}

/** Starts a prefetch whose rejection counts as handled: if nobody awaits it (the loop ended), it vanishes. */
function prefetched<T>(fetchPage: PaginateOptions<T>["fetchPage"], page: number, signal: AbortSignal | undefined): Prefetch<T> {
  const controller = new AbortController();
  const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  const promise = (async () => fetchPage(page, combined))();
  promise.catch(() => undefined);
  return { promise, controller };
}

/**
 * Whether a server's counts contradict each other: its number of pages is not its number of items in pages
 * of its page size. An empty list may count as no page or as one (Kimai counts one). Only when all three
 * are known.
 */
function contradictory({ totalCount, totalPages, perPage }: PageTotals): boolean {
  if (totalCount === undefined || totalPages === undefined || perPage === undefined || perPage === 0) return false;
  const pages = Math.ceil(totalCount / perPage);
  return pages === 0 ? totalPages > 1 : totalPages !== pages;
}

function jsonOf(items: readonly unknown[]): string | undefined {
  try {
    return JSON.stringify(items);
  } catch {
    return undefined; // BigInts, cycles: no check rather than no iteration.
  }
}

/**
 * A 53-bit hash of `text`: two 32-bit multiply-xor lanes, mixed at the end (the shape of bryc's cyrb53). Two
 * different pages share one with a chance of about n^2 / 2^54 for n pages: 10^-8 at 10,000 pages.
 */
function hashOf(text: string): number {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
