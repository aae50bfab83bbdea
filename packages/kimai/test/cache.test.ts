// The ETag cache of the Kimai client over real HTTP (loopback).
import type { ServerResponse } from "node:http";
import { bearerToken, type CacheLogEvent, type EtagStore, type LogEvent, MemoryEtagStore, unwrap } from "@punchclock/core";
import { describe, expect, it } from "vitest";
import { loopbackForThisFile } from "../../../tools/vitest/loopback.js";
import { createKimaiClient } from "../src/index.js";

const server = await loopbackForThisFile();

const customer = (id: number, version: number) => ({
  id,
  name: `Customer ${id} v${version}`,
  number: null,
  comment: null,
  visible: true,
  billable: true,
  currency: "EUR",
  color: null,
  metaFields: [],
  teams: [],
});

function sendTagged(
  response: ServerResponse,
  ifNoneMatch: string | undefined,
  etag: string,
  value: unknown,
  headers: Record<string, string> = {},
) {
  if (ifNoneMatch === etag) {
    response.writeHead(304, { ETag: etag });
    return response.end();
  }
  response.writeHead(200, { "Content-Type": "application/json", ETag: etag, ...headers });
  response.end(JSON.stringify(value));
}

/** Kimai with two customers and 25 timesheets; a PATCH bumps a customer's version (and so its ETag). */
function kimaiServer() {
  const versions = new Map([
    [1, 1],
    [2, 1],
  ]);
  const statuses: number[] = [];
  server.handle((request, response) => {
    const url = new URL(request.url, "http://x");
    const ifNoneMatch = request.headers["if-none-match"] as string | undefined;
    response.on("finish", () => statuses.push(response.statusCode));
    const one = /^\/api\/customers\/(\d+)$/.exec(url.pathname);
    if (one && request.method === "PATCH") {
      const id = Number(one[1]);
      const version = (versions.get(id) ?? 0) + 1;
      versions.set(id, version);
      response.writeHead(200, { "Content-Type": "application/json" });
      return response.end(JSON.stringify(customer(id, version)));
    }
    if (one) {
      const id = Number(one[1]);
      const version = versions.get(id) ?? 1;
      return sendTagged(response, ifNoneMatch, `"c${id}-v${version}"`, customer(id, version));
    }
    if (url.pathname === "/api/customers") {
      const list = [...versions].map(([id, version]) => customer(id, version));
      return sendTagged(response, ifNoneMatch, `"list-${[...versions.values()].join("-")}"`, list);
    }
    if (url.pathname === "/api/timesheets") {
      const page = Number(url.searchParams.get("page"));
      const size = Number(url.searchParams.get("size"));
      const ids = Array.from({ length: 25 }, (_, i) => i + 1).slice((page - 1) * size, page * size);
      return sendTagged(
        response,
        ifNoneMatch,
        `"ts-${page}-${size}"`,
        ids.map((id) => ({ id })),
        {
          "X-Page": String(page),
          "X-Total-Count": "25",
          "X-Total-Pages": String(Math.ceil(25 / size)),
          "X-Per-Page": String(size),
        },
      );
    }
    response.writeHead(404, { "Content-Type": "application/json" });
    response.end('{"code":404,"message":"Not Found"}');
  });
  return { statuses };
}

const client = (cache: boolean | EtagStore, events: LogEvent[] = []) =>
  createKimaiClient({
    baseUrl: server.url,
    auth: bearerToken("s3cret-token"),
    cache,
    retry: false,
    logger: (event) => events.push(event),
  });
const getCustomer = (kimai: ReturnType<typeof client>, id: number) =>
  unwrap(kimai.GET("/api/customers/{id}", { params: { path: { id } } }));
const ifNoneMatch = () => server.requests.map((request) => request.headers["if-none-match"] ?? null);

describe("Kimai ETag cache", () => {
  it("the second GET sends If-None-Match and gets its data from the 304", async () => {
    const { statuses } = kimaiServer();
    const events: LogEvent[] = [];
    const kimai = client(true, events);
    const first = await getCustomer(kimai, 1);
    const second = await kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } });
    expect(first).toMatchObject({ id: 1, name: "Customer 1 v1" });
    expect(second.data).toEqual(first);
    expect(second.response.status).toBe(200);
    expect(ifNoneMatch()).toEqual([null, '"c1-v1"']);
    expect(statuses).toEqual([200, 304]);
    // The transport logs the 304 that went over the wire, the cache the hit it turned it into.
    expect(
      events.map((event) =>
        event.type === "response" ? `response ${event.status}` : event.type === "cache" ? `cache ${event.action}` : event.type,
      ),
    ).toEqual(["request", "response 200", "cache store", "request", "response 304", "cache hit"]);
    const hit = events.find((event): event is CacheLogEvent => event.type === "cache" && event.hit);
    expect(hit).toMatchObject({ method: "GET", path: "/api/customers/{id}", operationId: "getCustomer", etag: '"c1-v1"' });
  });

  it("a successful write invalidates the resource and its collection, not its siblings", async () => {
    kimaiServer();
    const kimai = client(true);
    await getCustomer(kimai, 1);
    await getCustomer(kimai, 2);
    await unwrap(kimai.GET("/api/customers"));
    await unwrap(kimai.PATCH("/api/customers/{id}", { params: { path: { id: 1 } }, body: { name: "Renamed" } }));
    server.requests.length = 0;
    expect(await getCustomer(kimai, 1)).toMatchObject({ name: "Customer 1 v2" });
    expect((await unwrap(kimai.GET("/api/customers"))).map((c) => c.name)).toEqual(["Customer 1 v2", "Customer 2 v1"]);
    expect(await getCustomer(kimai, 2)).toMatchObject({ name: "Customer 2 v1" });
    expect(ifNoneMatch()).toEqual([null, null, '"c2-v1"']);
  });

  it("a store that throws or rejects never breaks a request", async () => {
    kimaiServer();
    const rejecting = () => Promise.reject(new Error("redis down"));
    const throwing = () => {
      throw new Error("redis down");
    };
    for (const fail of [rejecting, throwing]) {
      const events: LogEvent[] = [];
      const kimai = client({ get: fail, set: fail, delete: fail, deletePrefix: fail }, events);
      expect(await getCustomer(kimai, 1)).toMatchObject({ id: 1 });
      expect(await getCustomer(kimai, 1)).toMatchObject({ id: 1 });
      await unwrap(kimai.PATCH("/api/customers/{id}", { params: { path: { id: 1 } }, body: { name: "Renamed" } }));
      expect(events.filter((event) => event.type === "cache" && event.action === "error").length).toBeGreaterThanOrEqual(5);
    }
    expect(server.requests.every((request) => request.headers["if-none-match"] === undefined)).toBe(true);
  });

  it("paginating again is answered by 304s, with the totals of the stored pages", async () => {
    kimaiServer();
    const store = new MemoryEtagStore();
    const kimai = client(store);
    const first = kimai.paginate("/api/timesheets", { pageSize: 10 });
    const firstIds = (await first.toArray()).map((row) => row.id);
    server.requests.length = 0;
    const again = kimai.paginate("/api/timesheets", { pageSize: 10 });
    expect((await again.toArray()).map((row) => row.id)).toEqual(firstIds);
    expect(firstIds).toHaveLength(25);
    expect(ifNoneMatch()).toEqual(['"ts-1-10"', '"ts-2-10"', '"ts-3-10"']);
    expect(again.totals).toEqual({ totalCount: 25, totalPages: 3, perPage: 10 });
    expect(store.size).toBe(3);
  });

  it("withOptions shares a store passed as an instance", async () => {
    kimaiServer();
    const store = new MemoryEtagStore();
    const kimai = client(store);
    await getCustomer(kimai, 1);
    await getCustomer(kimai.withOptions({ timeoutMs: 5000 }), 1);
    expect(ifNoneMatch()).toEqual([null, '"c1-v1"']);
  });
});
