import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Page,
  PaginationError,
  PunchclockError,
  paginate,
  paginationHeaders,
  RequestAbortedError,
  stopAtShortPage,
  TimeoutError,
  totalPagesHeader,
} from "../src/index.js";

function pagesOf(total: number, size: number, headers?: (page: number) => Record<string, string>) {
  const requested: number[] = [];
  const fetchPage = async (page: number) => {
    requested.push(page);
    const start = (page - 1) * size;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    return { items, response: new Response(null, { headers: headers?.(page) }) };
  };
  return { requested, fetchPage };
}

describe("paginate", () => {
  it("stops at a short page (mite)", async () => {
    const { requested, fetchPage } = pagesOf(7, 3);
    const items = await paginate({ fetchPage, strategy: stopAtShortPage(3) }).toArray();
    expect(items).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(requested).toEqual([1, 2, 3]);
  });

  it("asks for one empty page when the total is a multiple of the page size", async () => {
    const { requested, fetchPage } = pagesOf(6, 3);
    expect(await paginate({ fetchPage, strategy: stopAtShortPage(3) }).toArray()).toHaveLength(6);
    expect(requested).toEqual([1, 2, 3]);
  });

  it("follows X-Total-Pages (Kimai) without asking for a page past the last", async () => {
    const { requested, fetchPage } = pagesOf(6, 3, () => ({ "X-Total-Pages": "2" }));
    expect(await paginate({ fetchPage, strategy: totalPagesHeader() }).toArray()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(requested).toEqual([1, 2]);
  });

  it("stops after the first page when the count header is missing or garbage", async () => {
    for (const value of [undefined, "many"]) {
      const { requested, fetchPage } = pagesOf(9, 3, (): Record<string, string> => (value ? { "X-Total-Pages": value } : {}));
      await paginate({ fetchPage, strategy: totalPagesHeader() }).toArray();
      expect(requested).toEqual([1]);
    }
  });

  it("fetches lazily: breaking out of the loop requests no further page", async () => {
    const { requested, fetchPage } = pagesOf(100, 10);
    for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(10) })) {
      if (item === 12) break;
    }
    expect(requested).toEqual([1, 2]);
  });

  it("yields pages with their responses", async () => {
    const { fetchPage } = pagesOf(4, 3);
    const pages = [];
    for await (const page of paginate({ fetchPage, strategy: stopAtShortPage(3) }).pages()) pages.push(page);
    expect(pages.map((p) => [p.page, p.items.length])).toEqual([
      [1, 3],
      [2, 1],
    ]);
    expect(pages[0]?.response).toBeInstanceOf(Response);
  });

  it("surfaces the failing page's error", async () => {
    const failing = async (page: number) => {
      if (page === 2) throw new Error("page 2 failed");
      return { items: [1, 2], response: new Response(null) };
    };
    await expect(paginate({ fetchPage: failing, strategy: stopAtShortPage(2) }).toArray()).rejects.toThrow("page 2 failed");
  });

  it("stops on abort before requesting the next page", async () => {
    const controller = new AbortController();
    const { requested, fetchPage } = pagesOf(100, 10);
    const seen: number[] = [];
    const run = (async () => {
      for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(10), signal: controller.signal })) {
        seen.push(item);
        if (item === 9) controller.abort(new Error("user cancelled"));
      }
    })();
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).message).toBe("Pagination (before page 2) was aborted");
    expect((error as RequestAbortedError).cause).toEqual(new Error("user cancelled"));
    expect(requested).toEqual([1]);
    expect(seen).toHaveLength(10);
  });

  it("reports a timeout signal as a TimeoutError", async () => {
    const { requested, fetchPage } = pagesOf(100, 10);
    const signal = AbortSignal.abort(new DOMException("took too long", "TimeoutError"));
    const error = await paginate({ fetchPage, strategy: stopAtShortPage(10), signal })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(requested).toEqual([]);
  });

  it("refuses a page size below 1", () => {
    expect(() => stopAtShortPage(0)).toThrow(RangeError);
  });
});

/** A promise resolved from outside. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Pages of `size` numbers, `total` in all; logs `fetch:N` when page N is requested and `abort:N` when its signal fires. */
function loggedPages(total: number, size: number, log: string[]) {
  const signals = new Map<number, AbortSignal | undefined>();
  const fetchPage = async (page: number, signal: AbortSignal | undefined) => {
    log.push(`fetch:${page}`);
    signals.set(page, signal);
    signal?.addEventListener("abort", () => log.push(`abort:${page}`), { once: true });
    const start = (page - 1) * size;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    return { items, response: new Response(null) };
  };
  return { fetchPage, signals };
}

describe("prefetch", () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on("unhandledRejection", onUnhandled);
  });
  afterEach(() => {
    process.off("unhandledRejection", onUnhandled);
  });
  /** Lets pending rejections surface: unhandledRejection fires after the microtask queue drains. */
  const settle = () => new Promise((resolve) => setImmediate(resolve)).then(() => new Promise((r) => setImmediate(r)));

  it("requests page N+1 before the caller has consumed page N, one page ahead only", async () => {
    const log: string[] = [];
    const { fetchPage } = loggedPages(7, 3, log);
    for await (const page of paginate({ fetchPage, strategy: stopAtShortPage(3), prefetch: true }).pages()) {
      log.push(`consume:${page.page}`);
    }
    expect(log).toEqual(["fetch:1", "fetch:2", "consume:1", "fetch:3", "consume:2", "consume:3"]);
  });

  it("requests nothing ahead without prefetch", async () => {
    const log: string[] = [];
    const { fetchPage } = loggedPages(7, 3, log);
    for await (const page of paginate({ fetchPage, strategy: stopAtShortPage(3) }).pages()) log.push(`consume:${page.page}`);
    expect(log).toEqual(["fetch:1", "consume:1", "fetch:2", "consume:2", "fetch:3", "consume:3"]);
  });

  it("never prefetches past the last page the headers announce", async () => {
    const log: string[] = [];
    const fetchPage = async (page: number) => {
      log.push(`fetch:${page}`);
      return { items: [page], response: new Response(null, { headers: { "X-Total-Pages": "2" } }) };
    };
    const items = await paginate({ fetchPage, strategy: paginationHeaders(), prefetch: true }).toArray();
    expect(items).toEqual([1, 2]);
    expect(log).toEqual(["fetch:1", "fetch:2"]);
  });

  it("aborts the prefetch in flight when the caller breaks, and its rejection never surfaces", async () => {
    const log: string[] = [];
    const gate = deferred<never>();
    let prefetchSignal: AbortSignal | undefined;
    const fetchPage = async (page: number, signal: AbortSignal | undefined) => {
      log.push(`fetch:${page}`);
      if (page === 1) return { items: [1, 2], response: new Response(null) };
      prefetchSignal = signal;
      // Behaves like fetch: rejects when its signal fires.
      signal?.addEventListener("abort", () => gate.reject(signal.reason), { once: true });
      return gate.promise;
    };
    for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(2), prefetch: true })) {
      if (item === 2) break;
    }
    expect(log).toEqual(["fetch:1", "fetch:2"]);
    expect(prefetchSignal?.aborted).toBe(true);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it("drops a prefetch that fails on its own when the caller stops before needing it", async () => {
    const fetchPage = async (page: number) => {
      if (page === 2) throw new Error("page 2 failed");
      return { items: [1, 2], response: new Response(null) };
    };
    const seen: number[] = [];
    for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(2), prefetch: true })) {
      seen.push(item);
      if (item === 2) break;
    }
    await settle();
    expect(seen).toEqual([1, 2]);
    expect(unhandled).toEqual([]);
  });

  it("throws a failed prefetch's error when the caller gets to that page", async () => {
    const fetchPage = async (page: number) => {
      if (page === 2) throw new Error("page 2 failed");
      return { items: [1, 2], response: new Response(null) };
    };
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(2), prefetch: true })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toEqual(new Error("page 2 failed"));
    expect(seen).toEqual([1, 2]);
  });

  it("on the caller's abort, cancels the prefetch and throws RequestAbortedError", async () => {
    const controller = new AbortController();
    const log: string[] = [];
    const { fetchPage, signals } = loggedPages(100, 10, log);
    const error = await (async () => {
      for await (const item of paginate({
        fetchPage,
        strategy: stopAtShortPage(10),
        prefetch: true,
        signal: controller.signal,
      })) {
        if (item === 5) controller.abort(new Error("user cancelled"));
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).message).toBe("Pagination (before page 2) was aborted");
    expect(log).toEqual(["fetch:1", "fetch:2", "abort:1", "abort:2"]);
    expect(signals.get(2)?.aborted).toBe(true);
    await settle();
    expect(unhandled).toEqual([]);
  });

  it("does not prefetch once the signal has fired", async () => {
    const controller = new AbortController();
    const log: string[] = [];
    const fetchPage = async (page: number) => {
      log.push(`fetch:${page}`);
      controller.abort();
      return { items: [page, page], response: new Response(null) };
    };
    const paginator = paginate({ fetchPage, strategy: stopAtShortPage(2), prefetch: true, signal: controller.signal });
    await expect(paginator.toArray()).rejects.toBeInstanceOf(RequestAbortedError);
    expect(log).toEqual(["fetch:1"]);
  });
});

describe("maxPages", () => {
  it("throws a PaginationError after yielding the last allowed page", async () => {
    const { requested, fetchPage } = pagesOf(100, 10);
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(10), maxPages: 3 })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toBeInstanceOf(PunchclockError);
    expect(error).toMatchObject({ name: "PaginationError", reason: "max-pages", maxPages: 3, pagesFetched: 3, page: 3 });
    expect((error as Error).message).toBe("Pagination needs more than maxPages (3) pages");
    expect(seen).toHaveLength(30);
    expect(requested).toEqual([1, 2, 3]);
  });

  it("does not prefetch past the limit", async () => {
    const { requested, fetchPage } = pagesOf(100, 10);
    const error = await paginate({ fetchPage, strategy: stopAtShortPage(10), maxPages: 2, prefetch: true })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "max-pages" });
    expect(requested).toEqual([1, 2]);
  });

  it("is no error when the last page is exactly the limit", async () => {
    const { requested, fetchPage } = pagesOf(30, 10, () => ({ "X-Total-Pages": "3" }));
    expect(await paginate({ fetchPage, strategy: paginationHeaders(), maxPages: 3 }).toArray()).toHaveLength(30);
    expect(requested).toEqual([1, 2, 3]);
  });

  it("defaults to 10,000 pages and accepts Infinity", async () => {
    // Yields to the event loop like real I/O, so that a missing limit fails by the test's timeout instead of hanging.
    const endless = async (page: number) => {
      await new Promise((resolve) => setImmediate(resolve));
      return { items: [page], response: new Response(null) };
    };
    const error = await paginate({ fetchPage: endless, strategy: stopAtShortPage(1) })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "max-pages", maxPages: 10_000, pagesFetched: 10_000 });
    let pages = 0;
    for await (const _ of paginate({ fetchPage: endless, strategy: stopAtShortPage(1), maxPages: Number.POSITIVE_INFINITY })) {
      if (++pages === 10_001) break;
    }
    expect(pages).toBe(10_001);
  });

  it("refuses anything but a positive integer or Infinity", () => {
    const fetchPage = async () => ({ items: [], response: new Response(null) });
    for (const maxPages of [0, -1, 1.5, Number.NaN, Number.NEGATIVE_INFINITY, 2 ** 60]) {
      expect(() => paginate({ fetchPage, strategy: stopAtShortPage(1), maxPages })).toThrow(RangeError);
    }
    expect(() => paginate({ fetchPage, strategy: stopAtShortPage(1), maxPages: 1 })).not.toThrow();
  });
});

describe("repeated pages", () => {
  it("ends with a PaginationError when a page repeats the previous one (a server that ignores page=)", async () => {
    const requested: number[] = [];
    const samePage = async (page: number) => {
      requested.push(page);
      return { items: [{ id: 1 }, { id: 2 }], response: new Response(null) };
    };
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of paginate({ fetchPage: samePage, strategy: stopAtShortPage(2) })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PaginationError", reason: "repeated-page", page: 2, pagesFetched: 2 });
    expect(requested).toEqual([1, 2]);
    expect(seen).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it.each([
    [
      "wraps around to its first page past the last",
      [1, 2, 3, 1],
      "page 4 repeats page 1 (does the server ignore the page parameter, or wrap around?)",
    ],
    ["alternates two pages", [1, 2, 1], "page 3 repeats page 1 (does the server ignore the page parameter, or wrap around?)"],
    ["ignores page=", [1, 1], "page 2 repeats page 1 (does the server ignore the page parameter?)"],
  ])("ends with a PaginationError when a server %s, never yielding items twice", async (_, served, message) => {
    const requested: number[] = [];
    // Full pages of 2 items: page n holds 2n - 2 and 2n - 1; the server sends the pages of `served` in turn.
    const fetchPage = async (page: number) => {
      requested.push(page);
      const sent = served[page - 1] ?? page;
      return { items: [2 * sent - 2, 2 * sent - 1], response: new Response(null) };
    };
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(2) })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "repeated-page", page: served.length, pagesFetched: served.length });
    expect((error as Error).message).toContain(message);
    expect(new Set(seen).size).toBe(seen.length);
    expect(requested).toHaveLength(served.length);
  });

  it("compares content, not only length", async () => {
    const { fetchPage } = pagesOf(9, 3);
    expect(await paginate({ fetchPage, strategy: stopAtShortPage(3) }).toArray()).toHaveLength(9);
  });

  it("can use its own fingerprint, or none", async () => {
    const changing = async (page: number) => ({ items: [{ id: 1, fetched: page }], response: new Response(null) });
    const byId = paginate({
      fetchPage: changing,
      strategy: stopAtShortPage(1),
      pageFingerprint: (items) => items.map((item) => item.id).join(","),
    });
    await expect(byId.toArray()).rejects.toMatchObject({ reason: "repeated-page" });
    const same = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return { items: [0], response: new Response(null) };
    };
    await expect(
      paginate({ fetchPage: same, strategy: stopAtShortPage(1), pageFingerprint: false, maxPages: 5 }).toArray(),
    ).rejects.toMatchObject({ reason: "max-pages" });
  });
});

describe("empty pages", () => {
  it("ends with a PaginationError (empty-page) when a page is empty though the headers announce more", async () => {
    const requested: number[] = [];
    const fetchPage = async (page: number) => {
      requested.push(page);
      const items = page === 2 ? [] : [2 * page - 1, 2 * page];
      return { items, response: new Response(null, { headers: { "X-Total-Pages": "3", "X-Total-Count": "6" } }) };
    };
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of paginate({ fetchPage, strategy: paginationHeaders() })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PaginationError", reason: "empty-page", page: 2, pagesFetched: 2 });
    expect((error as Error).message).toContain("page 2 is empty, though the server announces 3 pages");
    expect(seen).toEqual([1, 2]);
    expect(requested).toEqual([1, 2]);
  });

  it("takes an empty page as the end where the server announces no more (an empty list, mite's last page, a strategy of your own)", async () => {
    const empty = async () => ({ items: [], response: new Response(null, { headers: { "X-Total-Pages": "0" } }) });
    expect(await paginate({ fetchPage: empty, strategy: paginationHeaders() }).toArray()).toEqual([]);
    const { fetchPage, requested } = pagesOf(6, 3);
    expect(await paginate({ fetchPage, strategy: stopAtShortPage(3) }).toArray()).toHaveLength(6);
    expect(requested).toEqual([1, 2, 3]);
    // "Page until a page is empty": no count, so the empty page ends the list.
    const untilEmpty = pagesOf(4, 2);
    const strategy = { name: "until-empty", hasNextPage: () => true };
    expect(await paginate({ fetchPage: untilEmpty.fetchPage, strategy }).toArray()).toEqual([0, 1, 2, 3]);
    // Headers stripped by a proxy: the fallback decides, and an empty page is the end.
    const stripped = pagesOf(4, 2);
    const fallback = paginationHeaders({ fallback: stopAtShortPage(2) });
    expect(await paginate({ fetchPage: stripped.fetchPage, strategy: fallback }).toArray()).toEqual([0, 1, 2, 3]);
  });
});

describe("inconsistent totals", () => {
  it("ends with a PaginationError (inconsistent-totals) when the pages the server counts are not its items in pages of its size", async () => {
    const requested: number[] = [];
    const fetchPage = async (page: number) => {
      requested.push(page);
      const headers = { "X-Page": String(page), "X-Total-Pages": "1", "X-Total-Count": "10", "X-Per-Page": "2" };
      return { items: [2 * page - 1, 2 * page], response: new Response(null, { headers }) };
    };
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of paginate({ fetchPage, strategy: paginationHeaders() })) seen.push(item);
    })().catch((e: unknown) => e);
    // Following X-Total-Pages would have ended after 2 of 10 items, without a word.
    expect(error).toMatchObject({ name: "PaginationError", reason: "inconsistent-totals", page: 1, pagesFetched: 1 });
    expect((error as Error).message).toContain("the server counts 10 items at 2 a page, but 1 pages");
    expect(seen).toEqual([]);
    expect(requested).toEqual([1]);
  });

  it.each([
    ["Kimai's: one page", { "X-Total-Pages": "1", "X-Total-Count": "0", "X-Per-Page": "50" }],
    ["no page", { "X-Total-Pages": "0", "X-Total-Count": "0", "X-Per-Page": "50" }],
    ["no X-Total-Pages (a proxy stripped it): none derived", { "X-Total-Count": "0", "X-Per-Page": "50" }],
  ])("takes the counts of an empty list as consistent: %s", async (_, headers) => {
    const fetchPage = async () => ({ items: [], response: new Response(null, { headers }) });
    expect(await paginate({ fetchPage, strategy: paginationHeaders() }).toArray()).toEqual([]);
  });
});

describe("paginationHeaders (Kimai)", () => {
  const kimaiHeaders = (page: number, total: number, size: number): Record<string, string> => ({
    "X-Page": String(page),
    "X-Total-Count": String(total),
    "X-Total-Pages": String(Math.ceil(total / size)),
    "X-Per-Page": String(size),
  });

  it("exposes the totals on every page and on the paginator, never requesting past the last page", async () => {
    const { requested, fetchPage } = pagesOf(7, 3, (page) => kimaiHeaders(page, 7, 3));
    const paginator = paginate({ fetchPage, strategy: paginationHeaders() });
    expect(paginator.totals).toBeUndefined();
    const pages: Page<number>[] = [];
    for await (const page of paginator.pages()) pages.push(page);
    expect(pages.map((page) => page.totals)).toEqual([
      { totalCount: 7, totalPages: 3, perPage: 3 },
      { totalCount: 7, totalPages: 3, perPage: 3 },
      { totalCount: 7, totalPages: 3, perPage: 3 },
    ]);
    expect(paginator.totals).toEqual({ totalCount: 7, totalPages: 3, perPage: 3 });
    expect(requested).toEqual([1, 2, 3]);
  });

  it("stops after an exactly full last page", async () => {
    const { requested, fetchPage } = pagesOf(6, 3, (page) => kimaiHeaders(page, 6, 3));
    expect(await paginate({ fetchPage, strategy: paginationHeaders(), prefetch: true }).toArray()).toHaveLength(6);
    expect(requested).toEqual([1, 2]);
  });

  it("derives the page count from X-Total-Count and X-Per-Page", async () => {
    const { requested, fetchPage } = pagesOf(7, 3, () => ({ "X-Total-Count": "7", "X-Per-Page": "3" }));
    const paginator = paginate({ fetchPage, strategy: paginationHeaders() });
    expect(await paginator.toArray()).toHaveLength(7);
    expect(requested).toEqual([1, 2, 3]);
    expect(paginator.totals).toEqual({ totalCount: 7, totalPages: 3, perPage: 3 });
  });

  it("without counts: no totals, and the fallback decides (else one page)", async () => {
    const withFallback = pagesOf(7, 3);
    const paginator = paginate({
      fetchPage: withFallback.fetchPage,
      strategy: paginationHeaders({ fallback: stopAtShortPage(3) }),
    });
    expect(await paginator.toArray()).toHaveLength(7);
    expect(paginator.totals).toBeUndefined();
    expect(withFallback.requested).toEqual([1, 2, 3]);
    const without = pagesOf(7, 3, () => ({ "X-Total-Pages": "lots" }));
    expect(await paginate({ fetchPage: without.fetchPage, strategy: paginationHeaders() }).toArray()).toHaveLength(3);
  });

  it("ends with a PaginationError when X-Page is not the page requested", async () => {
    const fetchPage = async (page: number) => ({
      items: [page * 10],
      response: new Response(null, { headers: { "X-Page": "1", "X-Total-Pages": "5" } }),
    });
    await expect(paginate({ fetchPage, strategy: paginationHeaders() }).toArray()).rejects.toMatchObject({
      reason: "page-mismatch",
      page: 2,
      message: "Pagination: asked for page 2, the server sent page 1",
    });
  });

  it("totalPagesHeader reports the page count as totals", async () => {
    const { fetchPage } = pagesOf(6, 3, () => ({ "X-Total-Pages": "2" }));
    const paginator = paginate({ fetchPage, strategy: totalPagesHeader() });
    await paginator.toArray();
    expect(paginator.totals).toEqual({ totalCount: undefined, totalPages: 2, perPage: undefined });
  });
});

describe("properties", () => {
  it("with or without prefetch: every item once, in order, at most one page requested ahead, unneeded requests aborted", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.nat({ max: 70 }), { nil: undefined }),
        async (total, size, prefetch, byHeader, stopAt) => {
          const pageCount = Math.ceil(total / size);
          const requested: number[] = [];
          const signals: (AbortSignal | undefined)[] = [];
          const fetchPage = async (page: number, signal: AbortSignal | undefined) => {
            requested.push(page);
            signals.push(signal);
            const start = (page - 1) * size;
            const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
            return { items, response: new Response(null, { headers: { "X-Total-Pages": String(pageCount) } }) };
          };
          const strategy = byHeader ? paginationHeaders() : stopAtShortPage(size);
          const seen: number[] = [];
          for await (const item of paginate({ fetchPage, strategy, prefetch })) {
            seen.push(item);
            if (item === stopAt) break;
          }
          const expected = Array.from({ length: total }, (_, i) => i);
          expect(seen).toEqual(stopAt !== undefined && stopAt < total ? expected.slice(0, stopAt + 1) : expected);
          // Without a break: every page up to the last the strategy knows of (the short-page rule asks once more
          // after a full page). With one: up to the page holding that item, and with prefetch the next one too.
          const all = byHeader ? Math.max(1, pageCount) : Math.floor(total / size) + 1;
          const broke = stopAt !== undefined && stopAt < total;
          const reached = broke ? Math.floor(stopAt / size) + 1 : all;
          const expectedRequests = broke && prefetch ? Math.min(reached + 1, all) : reached;
          expect(requested).toEqual(Array.from({ length: expectedRequests }, (_, i) => i + 1));
          // A page requested but never reached was a prefetch, and its request was aborted.
          signals.forEach((signal, i) => {
            expect(signal?.aborted ?? false).toBe(i + 1 > reached);
          });
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
