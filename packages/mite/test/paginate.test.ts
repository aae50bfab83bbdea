// mite.paginate over real HTTP (loopback): prefetch order, repeated pages, maxPages, abort.
import type { ServerResponse } from "node:http";
import { DecodeError, miteApiKey, PaginationError } from "@punchclock/core";
import { encodeRailsXml } from "@punchclock/core/xml";
import { afterEach, describe, expect, it } from "vitest";
import { eventLoopTurns, loopbackForThisFile } from "../../../tools/vitest/loopback.js";
import { createMiteClient, type MiteFormat } from "../src/index.js";
import { customer } from "./records.js";

function sendList(format: MiteFormat, response: ServerResponse, ids: readonly number[]): void {
  const list = ids.map((id) => ({ customer: customer(id) }));
  if (format === "json") {
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.end(JSON.stringify(list));
  } else {
    response.setHeader("Content-Type", "application/xml; charset=utf-8");
    response.end(list.length > 0 ? encodeRailsXml(list) : '<?xml version="1.0" encoding="UTF-8"?>\n<customers type="array"/>');
  }
}

const pageOf = (url: string) => Number(new URL(url, "http://x").searchParams.get("page"));
const limitOf = (url: string) => Number(new URL(url, "http://x").searchParams.get("limit"));

const server = await loopbackForThisFile();

describe.each(["json", "xml"] as const)("mite.paginate over HTTP in %s", (format) => {
  const client = () =>
    createMiteClient({ account: "demo", baseUrl: server.url, format, auth: miteApiKey("secret-key"), retry: false });

  /** An account of `total` customers that pages like mite. */
  const customers = (total: number) => {
    server.handle((request, response) => {
      const page = pageOf(request.url);
      const limit = limitOf(request.url);
      const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * limit, page * limit);
      sendList(format, response, ids);
    });
  };

  it("ends with a PaginationError after 2 pages when the server returns the same full page for every page", async () => {
    server.handle((_, response) => sendList(format, response, [1, 2, 3]));
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of client().paginate("/customers", { pageSize: 3 })) seen.push(item.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: "repeated-page", page: 2, operationId: "listCustomers", path: "/customers" });
    expect((error as Error).message).toBe(
      "Pagination of GET /customers (listCustomers): page 2 repeats page 1 (does the server ignore the page parameter?)",
    );
    expect(seen).toEqual([1, 2, 3]);
    expect(server.requests.map((request) => pageOf(request.url))).toEqual([1, 2]);
  });

  // Rails XML cannot say most of these (the decoder refuses what it cannot say); a wrong element it can.
  if (format === "json") {
    it.each([
      ["a project in a list of customers", { project: { id: 1, name: "Web" } }],
      ["a customer wrapped with something else", { customer: { id: 1 }, note: "x" }],
      ["an empty wrapper", { customer: null }],
      ["an element that is no object", 7],
    ])("refuses %s with a DecodeError, never yields it as a customer", async (_, element) => {
      server.handle((_request, response) => {
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.end(JSON.stringify([{ customer: customer(1) }, element]));
      });
      const error = await client()
        .paginate("/customers")
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as Error).message).toBe(
        'GET /customers (listCustomers) returned a list element that is not {"customer": {...}}',
      );
    });
  } else {
    it("refuses a project in a list of customers with a DecodeError", async () => {
      server.handle((_request, response) => {
        response.setHeader("Content-Type", "application/xml; charset=utf-8");
        response.end('<customers type="array"><project><id type="integer">1</id></project></customers>');
      });
      const error = await client()
        .paginate("/customers")
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as Error).message).toContain('returned a list element that is not {"customer": {...}}');
    });
  }

  it("throws a PaginationError when there are more pages than maxPages", async () => {
    customers(100);
    const error = await client()
      .paginate("/customers", { pageSize: 10, maxPages: 2 })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PaginationError", reason: "max-pages", maxPages: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it("refuses an invalid maxPages before sending anything", () => {
    expect(() => client().paginate("/customers", { maxPages: 0 })).toThrow(RangeError);
    expect(server.requests).toHaveLength(0);
  });

  it("prefetch: the request for page N+1 reaches the server while page N is being worked on", async () => {
    customers(25);
    const log: string[] = [];
    const arrived = () => server.requests.length;
    for await (const page of client().paginate("/customers", { pageSize: 10, prefetch: true }).pages()) {
      log.push(`work on ${page.page} (server has ${arrived()})`);
      // Bounded by event loop turns, not time: with prefetch the next request is on its way already.
      await eventLoopTurns(10_000, () => arrived() > page.page || page.items.length < 10);
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
    expect(server.requests.map((request) => pageOf(request.url))).toEqual([1, 2, 3]);
  });

  it("without prefetch, the next page is requested only after the current one was worked on", async () => {
    customers(25);
    const log: string[] = [];
    for await (const page of client().paginate("/customers", { pageSize: 10 }).pages()) {
      await eventLoopTurns(200, () => server.requests.length > page.page);
      log.push(`done with ${page.page} (server has ${server.requests.length})`);
    }
    expect(log).toEqual(["done with 1 (server has 1)", "done with 2 (server has 2)", "done with 3 (server has 3)"]);
  });

  it("breaking out cancels the prefetch in flight: the server sees its connection closed", async () => {
    let closed!: () => void;
    const prefetchClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    server.handle((request, response) => {
      if (pageOf(request.url) === 1) return sendList(format, response, [1, 2]);
      response.on("close", closed); // never answered: only the client can end it
    });
    const seen: number[] = [];
    for await (const item of client().paginate("/customers", { pageSize: 2, prefetch: true })) {
      seen.push(item.id);
      if (seen.length === 2) {
        await eventLoopTurns(10_000, () => server.requests.length === 2);
        break;
      }
    }
    await prefetchClosed;
    expect(seen).toEqual([1, 2]);
    expect(server.requests.map((request) => pageOf(request.url))).toEqual([1, 2]);
  });
});

afterEach(() => {
  server.handle((_, response) => {
    response.end();
  });
});
