// The ETag cache of the mite client over real HTTP (loopback), in JSON and XML.
import type { ServerResponse } from "node:http";
import { type CacheLogEvent, type EtagStore, type LogEvent, MemoryEtagStore, miteApiKey, unwrap } from "@punchclock/core";
import { encodeRailsXml } from "@punchclock/core/xml";
import { describe, expect, it } from "vitest";
import { loopbackForThisFile } from "../../../tools/vitest/loopback.js";
import { createMiteClient, type MiteFormat } from "../src/index.js";

const server = await loopbackForThisFile();

const customer = (id: number, version: number) => ({
  id,
  name: `Customer ${id} v${version}`,
  note: "",
  archived: false,
  hourly_rate: 4500,
  active_hourly_rate: "hourly_rate",
  hourly_rates_per_service: [],
  created_at: "2015-10-15T11:40:49+02:00",
  updated_at: "2015-10-15T11:40:49+02:00",
});

/** Sends `value` in the format, with `etag`; answers 304 when the request already has that tag. */
function sendTagged(format: MiteFormat, response: ServerResponse, ifNoneMatch: string | undefined, etag: string, value: object) {
  if (ifNoneMatch === etag) {
    response.writeHead(304, { ETag: etag });
    return response.end();
  }
  const body = format === "json" ? JSON.stringify(value) : encodeRailsXml(value as never);
  response.writeHead(200, { "Content-Type": `application/${format}; charset=utf-8`, ETag: etag });
  response.end(body);
}

/** A mite account of two customers; a PUT bumps a customer's version (and so its ETag). */
function account(format: MiteFormat) {
  const versions = new Map([
    [1, 1],
    [2, 1],
  ]);
  const statuses: number[] = [];
  server.handle((request, response) => {
    const path = new URL(request.url, "http://x").pathname;
    const ifNoneMatch = request.headers["if-none-match"] as string | undefined;
    response.on("finish", () => statuses.push(response.statusCode));
    const one = new RegExp(`^/customers/(\\d+)\\.${format}$`).exec(path);
    if (one && request.method === "PUT") {
      const id = Number(one[1]);
      versions.set(id, (versions.get(id) ?? 0) + 1);
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
      return response.end(" ");
    }
    if (one) {
      const id = Number(one[1]);
      const version = versions.get(id) ?? 1;
      return sendTagged(format, response, ifNoneMatch, `"c${id}-v${version}"`, { customer: customer(id, version) });
    }
    if (path === `/customers.${format}`) {
      const list = [...versions].map(([id, version]) => ({ customer: customer(id, version) }));
      return sendTagged(format, response, ifNoneMatch, `"list-${[...versions.values()].join("-")}"`, list);
    }
    response.writeHead(404);
    response.end();
  });
  return { statuses };
}

describe.each(["json", "xml"] as const)("mite ETag cache in %s", (format) => {
  const client = (cache: boolean | EtagStore, events: LogEvent[] = [], auth = miteApiKey("s3cret-key")) =>
    createMiteClient({
      account: "demo",
      baseUrl: server.url,
      format,
      auth,
      cache,
      retry: false,
      logger: (event) => events.push(event),
    });
  const getCustomer = async (mite: ReturnType<typeof client>, id: number) =>
    (await unwrap(mite.GET("/customers/{id}", { params: { path: { id } } }))).customer;
  const ifNoneMatch = () => server.requests.map((request) => request.headers["if-none-match"] ?? null);

  it("the second GET sends If-None-Match and gets its data from the 304", async () => {
    const { statuses } = account(format);
    const events: LogEvent[] = [];
    const mite = client(true, events);
    const first = await getCustomer(mite, 1);
    const second = await getCustomer(mite, 1);
    expect(first).toMatchObject({ id: 1, name: "Customer 1 v1", hourly_rate: 4500 });
    expect(second).toEqual(first);
    expect(ifNoneMatch()).toEqual([null, '"c1-v1"']);
    expect(statuses).toEqual([200, 304]);
    const cacheEvents = events.filter((event): event is CacheLogEvent => event.type === "cache");
    expect(cacheEvents.map((event) => [event.action, event.hit, event.operationId, event.path])).toEqual([
      ["store", false, "getCustomer", "/customers/{id}"],
      ["hit", true, "getCustomer", "/customers/{id}"],
    ]);
  });

  it("stores the raw wire body, keyed without the api_key", async () => {
    account(format);
    const store = new MemoryEtagStore();
    const mite = client(store, [], miteApiKey("s3cret-key", { in: "query" }));
    await getCustomer(mite, 1);
    expect(server.requests[0]?.url).toBe(`/customers/1.${format}?api_key=s3cret-key`);
    expect(store.keys()).toEqual([`${server.url}/customers/1 /customers/1.${format}`]);
    const [key] = store.keys();
    const body = atob(store.get(key ?? "")?.body ?? "");
    expect(body.trimStart().startsWith(format === "json" ? "{" : "<")).toBe(true);
    expect(await getCustomer(mite, 1)).toMatchObject({ id: 1, name: "Customer 1 v1" });
    expect(ifNoneMatch()).toEqual([null, '"c1-v1"']);
  });

  it("a successful write invalidates the resource and its collection", async () => {
    account(format);
    const mite = client(true);
    await getCustomer(mite, 1);
    await getCustomer(mite, 2);
    await unwrap(mite.GET("/customers"));
    await unwrap(mite.PUT("/customers/{id}", { params: { path: { id: 1 } }, body: { customer: { name: "Renamed" } } }));
    server.requests.length = 0;
    expect(await getCustomer(mite, 1)).toMatchObject({ name: "Customer 1 v2" });
    expect(await unwrap(mite.GET("/customers"))).toHaveLength(2);
    expect(await getCustomer(mite, 2)).toMatchObject({ name: "Customer 2 v1" });
    expect(ifNoneMatch()).toEqual([null, null, '"c2-v1"']);
  });

  it("a store that throws or rejects never breaks a request", async () => {
    account(format);
    const rejecting = () => Promise.reject(new Error("redis down"));
    const throwing = () => {
      throw new Error("redis down");
    };
    for (const fail of [rejecting, throwing]) {
      const events: LogEvent[] = [];
      const mite = client({ get: fail, set: fail, delete: fail, deletePrefix: fail }, events);
      expect(await getCustomer(mite, 1)).toMatchObject({ id: 1 });
      expect(await getCustomer(mite, 1)).toMatchObject({ id: 1 });
      await unwrap(mite.PUT("/customers/{id}", { params: { path: { id: 1 } }, body: { customer: { name: "Renamed" } } }));
      expect(events.some((event) => event.type === "cache" && event.action === "error")).toBe(true);
    }
    expect(server.requests.every((request) => request.headers["if-none-match"] === undefined)).toBe(true);
  });
});
