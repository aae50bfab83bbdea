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
  let previous: string | undefined;
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
      if (print !== undefined && print === previous) {
        const options = errorOptions();
        throw new PaginationError(
          `${paginationSubject(options)}: page ${page} repeats page ${page - 1} (does the server ignore the page parameter?)`,
          { ...options, reason: "repeated-page" },
        );
      }
      previous = print;
      const totals = strategy.totals?.(context);
      setTotals(totals);
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

function jsonOf(items: readonly unknown[]): string | undefined {
  try {
    return JSON.stringify(items);
  } catch {
    return undefined; // BigInts, cycles: no check rather than no iteration.
  }
}
