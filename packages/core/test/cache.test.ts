import { describe, expect, it, vi } from "vitest";
import { etagCacheKey } from "../src/cache/etag-cache.js";
import {
  bearerToken,
  type CacheLogEvent,
  type EtagEntry,
  type EtagStore,
  type LogEvent,
  MemoryEtagStore,
  miteApiKey,
  Redactor,
  RequestAbortedError,
} from "../src/index.js";
import { createApiClient } from "../src/internal.js";

const entry = (body: string, etag = '"1"'): EtagEntry => ({
  etag,
  status: 200,
  statusText: "OK",
  headers: [["content-type", "application/json"]],
  body: btoa(body),
  storedAt: 0,
});

describe("etagCacheKey", () => {
  it("keys by origin, resource, path and sorted query, without api_key", () => {
    expect(etagCacheKey("https://acme.mite.de/customers/1.xml?api_key=s3cret&b=2&a=1")).toBe(
      "https://acme.mite.de/customers/1 /customers/1.xml?a=1&b=2",
    );
    expect(etagCacheKey("https://acme.mite.de/customers.json?API_KEY=s3cret")).toBe(
      "https://acme.mite.de/customers /customers.json",
    );
    expect(etagCacheKey("https://kimai.test/api/customers/1")).toBe("https://kimai.test/api/customers/1 /api/customers/1");
  });

  it("masks the client's secrets wherever they appear", () => {
    const key = etagCacheKey("https://kimai.test/api/users/tok-123456?term=tok-123456", new Redactor(["tok-123456"]));
    expect(key).not.toContain("tok-123456");
  });
});

describe("MemoryEtagStore", () => {
  it("evicts the least recently used entry beyond maxEntries", () => {
    const store = new MemoryEtagStore({ maxEntries: 2 });
    store.set("a", entry("a"));
    store.set("b", entry("b"));
    store.get("a");
    store.set("c", entry("c"));
    expect(store.keys()).toEqual(["a", "c"]);
    expect(store.get("b")).toBeUndefined();
  });

  it("evicts beyond maxBytes and never keeps a body larger than that", () => {
    const store = new MemoryEtagStore({ maxBytes: 12 });
    store.set("a", entry("aaaa")); // 8 base64 characters
    store.set("b", entry("b")); // 4
    expect(store.keys()).toEqual(["a", "b"]);
    store.set("c", entry("c"));
    expect(store.keys()).toEqual(["b", "c"]);
    store.set("huge", entry("x".repeat(100)));
    expect(store.keys()).toEqual(["b", "c"]);
    store.set("b", entry("bbbbbb")); // replacing an entry frees its bytes first
    expect(store.keys()).toEqual(["c", "b"]);
    expect(store.size).toBe(2);
  });

  it("deletes by prefix and clears", () => {
    const store = new MemoryEtagStore();
    for (const key of [
      "x/customers /c.json",
      "x/customers /c.json?page=2",
      "x/customers/1 /c/1.json",
      "x/customersarchived /x",
    ]) {
      store.set(key, entry(key));
    }
    store.deletePrefix("x/customers ");
    expect(store.keys()).toEqual(["x/customers/1 /c/1.json", "x/customersarchived /x"]);
    store.clear();
    expect(store.size).toBe(0);
  });

  it("refuses limits that are not positive integers", () => {
    expect(() => new MemoryEtagStore({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => new MemoryEtagStore({ maxBytes: Number.NaN })).toThrow(RangeError);
  });
});

type Call = (path: string, init?: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** A client over an in-memory API whose resources carry ETags; `seen` lists every request's If-None-Match. */
function setup(cache: boolean | EtagStore, options: { auth?: "bearer" | "query"; timeoutMs?: number } = {}) {
  const versions = new Map<string, number>();
  const seen: { method: string; url: string; ifNoneMatch: string | null }[] = [];
  const events: LogEvent[] = [];
  let answer: ((request: Request) => Response | undefined) | undefined;
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    seen.push({ method: request.method, url: url.pathname + url.search, ifNoneMatch: request.headers.get("If-None-Match") });
    const custom = answer?.(request);
    if (custom) return custom;
    const version = versions.get(url.pathname) ?? 1;
    const etag = `"v${version}"`;
    if (request.method !== "GET") {
      versions.set(url.pathname, version + 1);
      return new Response(null, { status: 204 });
    }
    if (request.headers.get("If-None-Match") === etag)
      return new Response(null, { status: 304, headers: { ETag: etag, "X-Hit": "yes" } });
    return Response.json({ path: url.pathname, version }, { headers: { ETag: etag, "X-Hit": "no" } });
  };
  const client = createApiClient({
    baseUrl: "https://api.test",
    // The tests call literal paths, which openapi-fetch reports as the schema path.
    operations: { "GET /things/1": "getThing", "PATCH /things/1": "updateThing", "GET /things": "listThings" },
    operationsWithoutBody: ["updateThing"],
    library: { name: "test", version: "1.0.0" },
    auth: options.auth === "query" ? miteApiKey("s3cret-key", { in: "query" }) : bearerToken("s3cret-token"),
    cache,
    fetch,
    retry: false,
    timeoutMs: options.timeoutMs,
    logger: (event) => events.push(event),
  });
  const call = client as unknown as { GET: Call; PATCH: Call };
  const cacheEvents = () => events.filter((event): event is CacheLogEvent => event.type === "cache");
  return {
    GET: (path: string, init?: object) => call.GET(path, init),
    PATCH: (path: string) => call.PATCH(path, { body: {} }),
    seen,
    cacheEvents,
    answer: (handler: typeof answer) => {
      answer = handler;
    },
  };
}

describe("ETag cache middleware", () => {
  it("is off by default", async () => {
    const api = setup(false);
    await api.GET("/things/1");
    await api.GET("/things/1");
    expect(api.seen.map((request) => request.ifNoneMatch)).toEqual([null, null]);
  });

  it("revalidates with If-None-Match and answers a 304 with the stored 200", async () => {
    const api = setup(true);
    const first = await api.GET("/things/1");
    const second = await api.GET("/things/1");
    expect(api.seen.map((request) => request.ifNoneMatch)).toEqual([null, '"v1"']);
    expect(second.data).toEqual({ path: "/things/1", version: 1 });
    expect(second.data).toEqual(first.data);
    expect(second.response.status).toBe(200);
    expect(second.response.headers.get("X-Hit")).toBe("yes"); // headers of the 304 update the stored ones
    expect(api.cacheEvents().map(({ action, hit, etag, operationId }) => ({ action, hit, etag, operationId }))).toEqual([
      { action: "store", hit: false, etag: '"v1"', operationId: "getThing" },
      { action: "hit", hit: true, etag: '"v1"', operationId: "getThing" },
    ]);
  });

  it("a successful write invalidates the resource and its collection, nothing else", async () => {
    const api = setup(true);
    const paths = ["/things/1", "/things/1?full=1", "/things", "/things/2", "/things/10", "/things/1/notes"];
    for (const path of paths) await api.GET(path);
    await api.PATCH("/things/1");
    api.seen.length = 0;
    for (const path of paths) await api.GET(path);
    expect(api.seen.map((request) => [request.url, request.ifNoneMatch])).toEqual([
      ["/things/1", null],
      ["/things/1?full=1", null],
      ["/things", null],
      ["/things/2", '"v1"'],
      ["/things/10", '"v1"'],
      ["/things/1/notes", '"v1"'],
    ]);
    expect(api.cacheEvents().filter((event) => event.action === "invalidate")).toHaveLength(1);
  });

  it("a failed write invalidates nothing", async () => {
    const api = setup(true);
    await api.GET("/things/1");
    api.answer((request) => (request.method === "PATCH" ? Response.json({ error: "no" }, { status: 422 }) : undefined));
    await api.PATCH("/things/1");
    await api.GET("/things/1");
    expect(api.seen.at(-1)?.ifNoneMatch).toBe('"v1"');
  });

  it("does not store responses marked no-store, and forgets a resource that lost its ETag", async () => {
    const store = new MemoryEtagStore();
    const api = setup(store);
    api.answer(() => Response.json({}, { headers: { ETag: '"x"', "Cache-Control": "private, no-store" } }));
    await api.GET("/things/1");
    expect(store.size).toBe(0);
    api.answer(undefined);
    await api.GET("/things/2");
    expect(store.size).toBe(1);
    api.answer(() => Response.json({}));
    await api.GET("/things/2");
    expect(store.size).toBe(0);
  });

  it("leaves requests with their own If-None-Match alone", async () => {
    const store = new MemoryEtagStore();
    const api = setup(store);
    await api.GET("/things/1");
    const own = await api.GET("/things/1", { headers: { "If-None-Match": '"v1"' } });
    expect(api.seen.map((request) => request.ifNoneMatch)).toEqual([null, '"v1"']);
    expect(own.response.status).toBe(304); // theirs to handle, not turned into the stored 200
    await api.GET("/things/1", { headers: { "If-Modified-Since": "Tue, 24 Nov 2026 08:00:00 GMT" } });
    expect(api.seen.at(-1)?.ifNoneMatch).toBe(null);
    expect(api.cacheEvents().map((event) => event.action)).toEqual(["store"]);
  });

  it("keeps credentials out of the keys (api_key in the query)", async () => {
    const store = new MemoryEtagStore();
    const api = setup(store, { auth: "query" });
    await api.GET("/things/1");
    await api.GET("/things/1");
    expect(api.seen.map((request) => request.url)).toEqual(["/things/1?api_key=s3cret-key", "/things/1?api_key=s3cret-key"]);
    expect(api.seen[1]?.ifNoneMatch).toBe('"v1"');
    expect(store.keys()).toEqual(["https://api.test/things/1 /things/1"]);
    expect(JSON.stringify(api.cacheEvents())).not.toContain("s3cret-key");
  });

  describe.each([
    ["rejects", () => Promise.reject(new Error("store down: token s3cret-token"))],
    [
      "throws",
      () => {
        throw new Error("store down: token s3cret-token");
      },
    ],
  ])("a store that %s", (_, fail: () => never | Promise<never>) => {
    const broken: EtagStore = { get: fail, set: fail, delete: fail, deletePrefix: fail };

    it("never breaks a request, and says so in the log (redacted)", async () => {
      const api = setup(broken);
      expect((await api.GET("/things/1")).data).toEqual({ path: "/things/1", version: 1 });
      expect((await api.GET("/things/1")).data).toEqual({ path: "/things/1", version: 1 });
      expect((await api.PATCH("/things/1")).response.status).toBe(204);
      expect(api.seen.map((request) => request.ifNoneMatch)).toEqual([null, null, null]);
      const errors = api.cacheEvents().filter((event) => event.action === "error");
      expect(errors.length).toBeGreaterThanOrEqual(5);
      expect(errors[0]?.reason).toBe("store down: token [REDACTED]");
    });
  });

  describe("a store that never answers (a Redis client queueing while disconnected)", () => {
    const hangingStore = () => {
      const calls: string[] = [];
      const never = (name: string) => () => {
        calls.push(name);
        return new Promise<never>(() => undefined);
      };
      const store: EtagStore = {
        get: never("get"),
        set: never("set"),
        delete: never("delete"),
        deletePrefix: never("deletePrefix"),
      };
      return { store, calls };
    };

    it("is given up on once the client's timeoutMs has passed in each hook, and the call goes on", async () => {
      const { store, calls } = hangingStore();
      const api = setup(store, { timeoutMs: 40 });
      expect((await api.GET("/things/1")).data).toEqual({ path: "/things/1", version: 1 }); // get, then set
      expect((await api.PATCH("/things/1")).response.status).toBe(204);
      // The write's invalidation shares one deadline: its second deletePrefix is not even tried.
      expect(calls).toEqual(["get", "set", "deletePrefix"]);
      expect(api.seen.map((request) => request.ifNoneMatch)).toEqual([null, null]);
      const errors = api.cacheEvents().filter((event) => event.action === "error");
      expect(errors.map((event) => event.reason)).toEqual(
        Array(3).fill("the store did not answer within the client's timeoutMs (40 ms)"),
      );
      expect(api.cacheEvents().map((event) => event.action)).not.toContain("store");
    });

    it("skips the hook's later store calls once one timed out, whatever Date.now() says", async () => {
      // The timer that ends a store call and Date.now() can disagree by a millisecond; with the clock held
      // still, only the timer says the deadline passed.
      const { store, calls } = hangingStore();
      const api = setup(store, { timeoutMs: 30 });
      const now = Date.now();
      const clock = vi.spyOn(Date, "now").mockReturnValue(now);
      try {
        expect((await api.PATCH("/things/1")).response.status).toBe(204);
      } finally {
        clock.mockRestore();
      }
      expect(calls).toEqual(["deletePrefix"]);
    });

    it("gives way to the caller's signal, without a time limit too", async () => {
      const api = setup(hangingStore().store, { timeoutMs: 0 });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 30);
      const error = await api.GET("/things/1", { signal: controller.signal }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestAbortedError);
      expect(api.seen).toHaveLength(0);
      expect(api.cacheEvents().filter((event) => event.action === "error")).toHaveLength(0);
    });
  });

  it("logs no store event for a set the caller's abort cut short", async () => {
    const aborted = new AbortController();
    const store: EtagStore = {
      get: () => undefined,
      set: () => {
        setTimeout(() => aborted.abort(), 5); // the response is in: only the store's answer is waited for
        return new Promise<never>(() => undefined);
      },
      delete: () => undefined,
      deletePrefix: () => undefined,
    };
    const api = setup(store, { timeoutMs: 0 });
    await api.GET("/things/1", { signal: aborted.signal }).catch((e: unknown) => e);
    expect(aborted.signal.aborted).toBe(true);
    expect(api.cacheEvents().map((event) => event.action)).toEqual([]);
  });

  it("waits for a slow store under a timeoutMs past the longest timer (kept, as in the transport, not run at once)", async () => {
    const map = new Map<string, EtagEntry>();
    const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 5));
    const store: EtagStore = {
      get: (key) => later(map.get(key)),
      set: (key, value) => later(void map.set(key, value)),
      delete: (key) => later(void map.delete(key)),
      deletePrefix: () => later(undefined),
    };
    const api = setup(store, { timeoutMs: 2 ** 31 });
    await api.GET("/things/1");
    expect((await api.GET("/things/1")).data).toEqual({ path: "/things/1", version: 1 });
    expect(api.seen[1]?.ifNoneMatch).toBe('"v1"');
    expect(api.cacheEvents().filter((event) => event.action === "error")).toHaveLength(0);
  });

  it("ignores malformed entries a store hands back", async () => {
    for (const bad of [
      null,
      "text",
      { ...entry("{}"), body: "%%% not base64" },
      { ...entry("{}"), status: 304 },
      { ...entry("{}"), headers: [["a"]] },
      { ...entry("{}"), etag: 1 },
      // Well-typed, but nothing a request or a response can carry.
      { ...entry("{}"), headers: [["bad name", "x"]] },
      { ...entry("{}"), etag: '"v1"\r\nX-Injected: 1' },
    ]) {
      const store: EtagStore = {
        get: () => bad as unknown as EtagEntry,
        set: () => undefined,
        delete: () => undefined,
        deletePrefix: () => undefined,
      };
      const api = setup(store);
      expect((await api.GET("/things/1")).data).toEqual({ path: "/things/1", version: 1 });
      expect(api.seen[0]?.ifNoneMatch ?? null).toBe(null);
    }
  });

  it("replays an entry whose reason phrase a Response cannot carry, without it", async () => {
    const stored = { ...entry('{"path":"/things/1","version":1}', '"v1"'), statusText: "OK ✓" };
    const store: EtagStore = {
      get: () => stored,
      set: () => undefined,
      delete: () => undefined,
      deletePrefix: () => undefined,
    };
    const api = setup(store);
    const { data, response } = await api.GET("/things/1");
    expect(api.seen[0]?.ifNoneMatch).toBe('"v1"');
    expect(data).toEqual({ path: "/things/1", version: 1 });
    expect(response.statusText).toBe("");
  });

  it("refuses a cache option that is no store when the client is made", () => {
    for (const cache of ["yes", {}, { get: () => undefined, set: () => undefined, delete: () => undefined }]) {
      expect(() => setup(cache as unknown as EtagStore)).toThrow(
        "cache must be true, false or an EtagStore (get, set, delete and deletePrefix)",
      );
    }
  });

  it("works with an async store", async () => {
    const map = new Map<string, EtagEntry>();
    const store: EtagStore = {
      get: async (key) => map.get(key),
      set: async (key, value) => {
        map.set(key, JSON.parse(JSON.stringify(value)));
      },
      delete: async (key) => {
        map.delete(key);
      },
      deletePrefix: async (prefix) => {
        for (const key of map.keys()) if (key.startsWith(prefix)) map.delete(key);
      },
    };
    const api = setup(store);
    await api.GET("/things/1");
    expect((await api.GET("/things/1")).data).toEqual({ path: "/things/1", version: 1 });
    expect(api.seen[1]?.ifNoneMatch).toBe('"v1"');
  });
});
