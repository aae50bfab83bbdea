// kimai.paginate over real HTTP (loopback): a fake Kimai that pages timesheets like Kimai does (X-Page,
// X-Total-Count, X-Total-Pages, X-Per-Page; 404 for a page past the last).
import type { ServerResponse } from "node:http";
import { bearerToken, NotFoundError, type Page, PaginationError, type Paginator, RequestAbortedError } from "@punchclock/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { eventLoopTurns, loopbackForThisFile } from "../../../tools/vitest/loopback.js";
import {
  createKimaiClient,
  type KimaiListFilters,
  type KimaiListItem,
  type KimaiListPath,
  type KimaiPaginateOptions,
  type TimesheetCollection,
  type TimesheetCollectionFull,
} from "../src/index.js";

const TIMESHEETS = "/api/timesheets";
type Timesheet = KimaiListItem<typeof TIMESHEETS>;

const server = await loopbackForThisFile();

const kimai = () => createKimaiClient({ baseUrl: server.url, auth: bearerToken("secret-token"), retry: false });

/** Pages through the timesheets. */
function timesheets(options: KimaiPaginateOptions<typeof TIMESHEETS> = {}) {
  const paginator = kimai().paginate(TIMESHEETS, options);
  return {
    paginator,
    ids: async () => (await paginator.toArray()).map((row) => row.id),
    pages: async () => {
      const pages: Page<Timesheet>[] = [];
      for await (const page of paginator.pages()) pages.push(page);
      return pages;
    },
  };
}

const queryOf = (url: string) => new URL(url, "http://x").searchParams;
const requestedPages = () => server.requests.map((request) => Number(queryOf(request.url).get("page")));

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

/**
 * Kimai with `total` timesheets: Pagerfanta counts at least one page, and a page past the last is a 404.
 * `headers` can replace the paging headers (to make them lie, or leave them out).
 */
function kimaiWith(total: number, headers?: (page: number, size: number) => Record<string, string>): void {
  server.handle((request, response) => {
    const query = queryOf(request.url);
    const page = Number(query.get("page") ?? 1);
    // Kimai serves at most 500 per page (BaseApiController::MAX_PAGE_SIZE).
    const size = Math.min(500, Number(query.get("size") ?? 50));
    const totalPages = Math.max(1, Math.ceil(total / size));
    if (page > totalPages) return sendJson(response, 404, { code: 404, message: "Not Found" });
    const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * size, page * size);
    sendJson(
      response,
      200,
      ids.map((id) => ({ id })),
      headers?.(page, size) ?? {
        "X-Page": String(page),
        "X-Total-Count": String(total),
        "X-Total-Pages": String(totalPages),
        "X-Per-Page": String(size),
      },
    );
  });
}

describe("kimai.paginate types (checked by tsc)", () => {
  it("pages exactly the lists whose GET takes page and size, yielding their elements", () => {
    expectTypeOf<KimaiListPath>().toEqualTypeOf<"/api/timesheets" | "/api/invoices">();
    expectTypeOf<KimaiListItem<"/api/timesheets">>().toEqualTypeOf<TimesheetCollection | TimesheetCollectionFull>();
    expectTypeOf<KimaiListFilters<"/api/timesheets">>().not.toHaveProperty("page");
    expectTypeOf<KimaiListFilters<"/api/timesheets">>().not.toHaveProperty("size");
    const client = createKimaiClient({ baseUrl: "http://127.0.0.1:1", auth: bearerToken("t") });
    // @ts-expect-error customers are not paginated
    void (() => client.paginate("/api/customers"));
    // @ts-expect-error the paginator sets page and size
    void (() => client.paginate("/api/timesheets", { query: { page: 2 } }));
    // @ts-expect-error filters are typed
    void (() => client.paginate("/api/timesheets", { query: { exported: 2 } }));
  });

  it("types the items as the query's `full` asks for them: IDs without it, objects with it", () => {
    const client = createKimaiClient({ baseUrl: "http://127.0.0.1:1", auth: bearerToken("t") });
    type ItemOf<T> = T extends Paginator<infer Item> ? Item : never;
    const itemOf = <T>(paginator: T) => paginator as unknown as ItemOf<T>;
    const plain = () => itemOf(client.paginate(TIMESHEETS));
    expectTypeOf(plain).returns.toEqualTypeOf<TimesheetCollection>();
    expectTypeOf(() => itemOf(client.paginate(TIMESHEETS, { pageSize: 5 }))).returns.toEqualTypeOf<TimesheetCollection>();
    expectTypeOf(() =>
      itemOf(client.paginate(TIMESHEETS, { query: { user: "all" } })),
    ).returns.toEqualTypeOf<TimesheetCollection>();
    expectTypeOf(() =>
      itemOf(client.paginate(TIMESHEETS, { query: { full: false } })),
    ).returns.toEqualTypeOf<TimesheetCollection>();
    expectTypeOf(() => itemOf(client.paginate(TIMESHEETS, { query: { full: 0 } }))).returns.toEqualTypeOf<TimesheetCollection>();
    expectTypeOf(() =>
      itemOf(client.paginate(TIMESHEETS, { query: { full: true, user: "all" } })),
    ).returns.toEqualTypeOf<TimesheetCollectionFull>();
    expectTypeOf(() =>
      itemOf(client.paginate(TIMESHEETS, { query: { full: 1 } })),
    ).returns.toEqualTypeOf<TimesheetCollectionFull>();
    // A `full` known only at run time: either.
    const full = Math.random() > 0.5;
    expectTypeOf(() => itemOf(client.paginate(TIMESHEETS, { query: { full } }))).returns.toEqualTypeOf<
      TimesheetCollection | TimesheetCollectionFull
    >();
    // The plain items' references are IDs, usable as such without a guard.
    expectTypeOf<TimesheetCollection["project"]>().toEqualTypeOf<number>();
    // Lists that have one kind of item keep it.
    expectTypeOf(() => itemOf(client.paginate("/api/invoices"))).returns.toEqualTypeOf<KimaiListItem<"/api/invoices">>();
    expectTypeOf<KimaiListItem<"/api/timesheets", { full: true }>>().toEqualTypeOf<TimesheetCollectionFull>();
    // The path named as a type argument: filters still typed, the items plain, and a `full: true` refused
    // (it would make the items expanded, which this call's type cannot follow).
    expectTypeOf(() =>
      itemOf(client.paginate<"/api/timesheets">(TIMESHEETS, { query: { user: "all" } })),
    ).returns.toEqualTypeOf<TimesheetCollection>();
    // @ts-expect-error full: true with the path as the only type argument
    void (() => client.paginate<"/api/timesheets">(TIMESHEETS, { query: { full: true } }));
    expectTypeOf<KimaiListItem<"/api/timesheets", { user: "all" }>>().toEqualTypeOf<TimesheetCollection>();
  });
});

describe("kimai.paginate", () => {
  it("sends page and size with the filters, and a bearer token", async () => {
    kimaiWith(3);
    await timesheets({ query: { user: "all" }, pageSize: 5 }).ids();
    expect(server.requests.map((request) => request.url)).toEqual(["/api/timesheets?user=all&page=1&size=5"]);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer secret-token");
  });

  it("0 items: one request, no items, totals of zero", async () => {
    kimaiWith(0);
    const { paginator, ids } = timesheets();
    expect(await ids()).toEqual([]);
    expect(requestedPages()).toEqual([1]);
    expect(paginator.totals).toEqual({ totalCount: 0, totalPages: 1, perPage: 50 });
  });

  it("1 page: one request", async () => {
    kimaiWith(3);
    expect(await timesheets().ids()).toEqual([1, 2, 3]);
    expect(requestedPages()).toEqual([1]);
  });

  it("an exactly full last page: never requests the page after it (Kimai would answer 404)", async () => {
    kimaiWith(10);
    expect(await timesheets({ pageSize: 5 }).ids()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(requestedPages()).toEqual([1, 2]);
  });

  it("many pages: every item once, in order, with the totals on every page", async () => {
    kimaiWith(1234);
    const { paginator, pages } = timesheets({ pageSize: 50 });
    const all = await pages();
    expect(all.flatMap((page) => page.items.map((row) => row.id))).toEqual(Array.from({ length: 1234 }, (_, i) => i + 1));
    expect(all.map((page) => page.page)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(all.map((page) => JSON.stringify(page.totals)))).toEqual(
      new Set([JSON.stringify({ totalCount: 1234, totalPages: 25, perPage: 50 })]),
    );
    expect(paginator.totals).toEqual({ totalCount: 1234, totalPages: 25, perPage: 50 });
    expect(requestedPages()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("a page past the end requested explicitly (firstPage) is a NotFoundError", async () => {
    kimaiWith(10);
    const error = await timesheets({ pageSize: 5, firstPage: 3 })
      .ids()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, method: "GET", path: "/api/timesheets" });
    expect(requestedPages()).toEqual([3]);
  });

  it("starts at firstPage", async () => {
    kimaiWith(10);
    expect(await timesheets({ pageSize: 5, firstPage: 2 }).ids()).toEqual([6, 7, 8, 9, 10]);
    expect(requestedPages()).toEqual([2]);
  });

  it("headers that lie about the page count: the 404 of the missing page is a NotFoundError, after the real pages", async () => {
    kimaiWith(10, (page, size) => ({
      "X-Page": String(page),
      "X-Total-Count": "15",
      "X-Total-Pages": "3",
      "X-Per-Page": String(size),
    }));
    const seen: number[] = [];
    const error = await (async () => {
      for await (const row of kimai().paginate(TIMESHEETS, { pageSize: 5 })) seen.push(row.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(requestedPages()).toEqual([1, 2, 3]);
  });

  it("without paging headers, a short page is the last (a proxy stripped them)", async () => {
    kimaiWith(12, () => ({}));
    const { paginator, ids } = timesheets({ pageSize: 5 });
    expect(await ids()).toHaveLength(12);
    expect(requestedPages()).toEqual([1, 2, 3]);
    expect(paginator.totals).toBeUndefined();
  });

  it("without paging headers, a page size above Kimai's 500 still reads every page (Kimai sends 500)", async () => {
    kimaiWith(1200, () => ({}));
    const { ids } = timesheets({ pageSize: 1000 });
    expect(await ids()).toHaveLength(1200);
    expect(requestedPages()).toEqual([1, 2, 3]);
  });

  it("a server that ignores page= ends with a PaginationError after 2 requests", async () => {
    kimaiWith(100, () => ({ "X-Total-Pages": "100" }));
    server.handle((_, response) => sendJson(response, 200, [{ id: 1 }, { id: 2 }], { "X-Total-Pages": "50" }));
    const error = await timesheets({ pageSize: 2 })
      .ids()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: "repeated-page" });
    expect(requestedPages()).toEqual([1, 2]);
  });

  it("X-Page other than the page requested ends with a PaginationError", async () => {
    kimaiWith(100, (page) => ({ "X-Page": String(page === 2 ? 1 : page), "X-Total-Pages": "10" }));
    await expect(timesheets({ pageSize: 10 }).ids()).rejects.toMatchObject({ reason: "page-mismatch", page: 2 });
  });

  it("maxPages: a PaginationError instead of page maxPages + 1", async () => {
    kimaiWith(100);
    await expect(timesheets({ pageSize: 10, maxPages: 4 }).ids()).rejects.toMatchObject({ reason: "max-pages", maxPages: 4 });
    expect(requestedPages()).toEqual([1, 2, 3, 4]);
  });

  it("refuses a bad pageSize, maxPages or firstPage before sending anything", () => {
    expect(() => kimai().paginate(TIMESHEETS, { pageSize: 0 })).toThrow(RangeError);
    expect(() => kimai().paginate(TIMESHEETS, { maxPages: 1.5 })).toThrow(RangeError);
    // Kimai's pages start at 1.
    expect(() => kimai().paginate(TIMESHEETS, { firstPage: 0 })).toThrow(/firstPage must be an integer >= 1/);
    expect(() => kimai().paginate(TIMESHEETS, { firstPage: -2 })).toThrow(RangeError);
    expect(() => kimai().paginate(TIMESHEETS, { firstPage: Number.NaN })).toThrow(RangeError);
    expect(() => kimai().paginate(TIMESHEETS, { firstPage: 1.5 })).toThrow(RangeError);
    expect(server.requests).toHaveLength(0);
  });

  it("abort mid-iteration: RequestAbortedError, no further page requested", async () => {
    kimaiWith(100);
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await (async () => {
      for await (const row of kimai().paginate(TIMESHEETS, { pageSize: 10, signal: controller.signal })) {
        seen.push(row.id);
        if (seen.length === 15) controller.abort(new Error("user cancelled"));
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(seen).toHaveLength(20); // the rest of the page in hand, then no further request
    expect(requestedPages()).toEqual([1, 2]);
  });

  it("abort while a prefetch is in flight: the server sees that request cancelled", async () => {
    let closed!: () => void;
    const prefetchClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    server.handle((request, response) => {
      const page = Number(queryOf(request.url).get("page"));
      if (page === 1) return sendJson(response, 200, [{ id: 1 }, { id: 2 }], { "X-Page": "1", "X-Total-Pages": "2" });
      response.on("close", closed); // never answered: only the client can end it
    });
    const controller = new AbortController();
    const error = await (async () => {
      for await (const row of kimai().paginate(TIMESHEETS, { pageSize: 2, prefetch: true, signal: controller.signal })) {
        if (row.id === 2) {
          await eventLoopTurns(10_000, () => server.requests.length === 2);
          controller.abort();
        }
      }
    })().catch((e: unknown) => e);
    await prefetchClosed;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(requestedPages()).toEqual([1, 2]);
  });

  it("prefetch overlaps: the request for page N+1 reaches the server while page N is being worked on", async () => {
    kimaiWith(25);
    const log: string[] = [];
    const arrived = () => server.requests.length;
    for await (const page of kimai().paginate(TIMESHEETS, { pageSize: 10, prefetch: true }).pages()) {
      log.push(`work on ${page.page} (server has ${arrived()})`);
      // Bounded by event loop turns, not time: with prefetch the next request is on its way already.
      await eventLoopTurns(10_000, () => arrived() > page.page || page.page === 3);
      log.push(`done with ${page.page} (server has ${arrived()})`);
    }
    expect(log).toEqual([
      "work on 1 (server has 1)",
      "done with 1 (server has 2)",
      "work on 2 (server has 2)",
      "done with 2 (server has 3)",
      "work on 3 (server has 3)",
      "done with 3 (server has 3)",
    ]);
    expect(requestedPages()).toEqual([1, 2, 3]);
  });
});
