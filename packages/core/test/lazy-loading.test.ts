// Two modules of core are imported when first needed, so a bundler keeps them out of the initial download:
// the paginator's page loop and the ETag cache; a client can also wait for code of its own before its calls
// (`ready`: mite's XML mode, tested in packages/mite). When such an import fails (a browser app offline, or
// redeployed under it), the caller gets one of punchclock's errors (or, for the cache, a request without it),
// never the loader's raw error, and the next use tries the import again.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CacheLogEvent, EtagEntry, EtagStore, LogEvent, Logger } from "../src/index.js";

const MODULES = ["../src/pagination/page-loop.js", "../src/cache/etag-cache.js"];

afterEach(() => {
  for (const module of MODULES) vi.doUnmock(module);
  vi.resetModules();
});

/** Makes the first `failures` imports of `module` fail the way a browser's loader does; later ones load it. */
function failImports(module: string, failures: number): void {
  vi.resetModules();
  let left = failures;
  vi.doMock(module, async (importOriginal) => {
    if (left-- > 0) throw new TypeError("Failed to fetch dynamically imported module");
    return importOriginal();
  });
}

const settle = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("the page loop", () => {
  it("fails with a PunchclockError naming the cause when it cannot be loaded, without fetching", async () => {
    failImports("../src/pagination/page-loop.js", Number.POSITIVE_INFINITY);
    const { PunchclockError, paginate, stopAtShortPage } = await import("../src/index.js");
    const fetchPage = vi.fn(async () => ({ items: [1], response: new Response("[1]") }));
    const paginator = paginate({ fetchPage, strategy: stopAtShortPage(10) });
    const failure = await settle(paginator.toArray());
    expect(failure).toBeInstanceOf(PunchclockError);
    expect((failure as Error).message).toBe("Pagination: the paginator's code could not be loaded");
    // The loader's error (here vitest's, wrapping the factory's) is kept as the cause.
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect(fetchPage).not.toHaveBeenCalled();
  });
});

describe("the ETag cache", () => {
  type Call = (path: string) => Promise<{ data?: unknown; response: Response }>;

  /**
   * A client with the full runtime and `cache` over an API whose one resource has the ETag "v1"; `seen` lists
   * every request's If-None-Match.
   */
  async function client(cache: boolean | EtagStore, logger: Logger) {
    const { bearerToken } = await import("../src/index.js");
    const { createApiClient } = await import("../src/internal.js");
    const seen: (string | null)[] = [];
    const api = createApiClient({
      baseUrl: "https://api.test",
      operations: { "GET /things/1": "getThing" },
      library: { name: "test", version: "1.0.0" },
      auth: bearerToken("s3cret-token"),
      cache,
      retry: false,
      logger,
      fetch: async (request: Request) => {
        seen.push(request.headers.get("If-None-Match"));
        return request.headers.get("If-None-Match") === '"v1"'
          ? new Response(null, { status: 304, headers: { ETag: '"v1"' } })
          : Response.json({ id: 1 }, { headers: { ETag: '"v1"' } });
      },
    }) as unknown as { GET: Call };
    return { get: (path: string) => api.GET(path), seen };
  }

  it("lets the request go on without the cache, logs why, and loads it with the next request", async () => {
    failImports("../src/cache/etag-cache.js", 1);
    const events: LogEvent[] = [];
    const { get, seen } = await client(true, (event) => events.push(event));
    const first = await get("/things/1");
    expect(first.data).toEqual({ id: 1 });
    const failures = events.filter((event): event is CacheLogEvent => event.type === "cache" && event.action === "error");
    expect(failures).toHaveLength(1);
    expect(failures[0]?.reason).toMatch(/^the ETag cache could not be loaded: \[vitest\] /);
    expect(failures[0]?.url).toBe("https://api.test/things/1");
    // The first response was not stored (the cache did not see its request); the second loads the cache and
    // stores, the third revalidates.
    await get("/things/1");
    const third = await get("/things/1");
    expect(seen).toEqual([null, null, '"v1"']);
    expect(third.response.status).toBe(200);
    expect(third.data).toEqual({ id: 1 });
  });

  it("keeps one cache per client when a request starts while others still wait for the failed import", async () => {
    failImports("../src/cache/etag-cache.js", 1);
    // A store that already holds the resource, so every GET is conditional and the server answers 304: a
    // 304 reaches the caller only when the cache that sent If-None-Match is not the one that gets the answer.
    const entries = new Map<string, EtagEntry>();
    entries.set("https://api.test/things/1 /things/1", {
      etag: '"v1"',
      status: 200,
      statusText: "OK",
      headers: [["content-type", "application/json"]],
      body: btoa(JSON.stringify({ id: 1 })),
      storedAt: 0,
    });
    const store: EtagStore = {
      get: (name) => entries.get(name),
      set: (name, entry) => void entries.set(name, entry),
      delete: (name) => void entries.delete(name),
      deletePrefix: () => undefined,
    };
    const started: ReturnType<Call>[] = [];
    // Each of the two failures' events starts a request: the first while the other request still waits on
    // the failed import, the second after it stopped waiting.
    const { get } = await client(store, (event) => {
      if (event.type === "cache" && event.action === "error") started.push(get("/things/1"));
    });
    const waiting = await Promise.all([get("/things/1"), get("/things/1")]);
    expect(started).toHaveLength(2);
    const later = [...(await Promise.all(started)), await get("/things/1")];
    for (const result of [...waiting, ...later]) {
      expect(result.response.status).toBe(200);
      expect(result.data).toEqual({ id: 1 });
    }
  });
});

describe("a client's `ready` (code a client loads before its calls, such as mite's XML mode)", () => {
  async function client(ready: () => Promise<void> | undefined, timeoutMs?: number) {
    const { bearerToken } = await import("../src/index.js");
    const { createApiClient } = await import("../src/internal.js");
    const sent: string[] = [];
    const api = createApiClient({
      baseUrl: "https://api.test",
      operations: { "GET /things/{id}": "getThing" },
      library: { name: "test", version: "1.0.0" },
      auth: bearerToken("s3cret-token"),
      retry: false,
      ready,
      timeoutMs,
      fetch: async (request: Request) => {
        sent.push(request.url);
        return Response.json({ id: 1 });
      },
    }) as unknown as { GET: (path: string, init?: object) => Promise<{ data?: unknown }> };
    return { api, sent };
  }

  const never = () => new Promise<void>(() => undefined);

  it("ends the wait when the call's signal fires: its abort error, and nothing sent", async () => {
    const { RequestAbortedError } = await import("../src/index.js");
    const { api, sent } = await client(never);
    const controller = new AbortController();
    const call = api.GET("/things/{id}", { params: { path: { id: 1 } }, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const failure = await call.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RequestAbortedError);
    expect((failure as Error).message).toBe("GET /things/{id} (getThing) was aborted");
    expect(sent).toEqual([]);
  });

  it("starts no load for a call whose signal had fired: its abort error at once", async () => {
    const { RequestAbortedError } = await import("../src/index.js");
    const ready = vi.fn(never);
    const { api, sent } = await client(ready);
    await expect(api.GET("/things/{id}", { params: { path: { id: 1 } }, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      RequestAbortedError,
    );
    expect(ready).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it("ends the wait for a signal of another kind too (a polyfill, another realm), as fetch accepts it", async () => {
    const { RequestAbortedError } = await import("../src/index.js");
    const { api } = await client(never, 0);
    const signal = Object.assign(new EventTarget(), { aborted: false, reason: undefined as unknown });
    setTimeout(() => {
      signal.aborted = true;
      signal.reason = new Error("stop");
      signal.dispatchEvent(new Event("abort"));
    }, 10);
    const failure = await api.GET("/things/{id}", { params: { path: { id: 1 } }, signal }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RequestAbortedError);
  });

  it("ends the wait after the client's timeoutMs with a TimeoutError, and nothing sent", async () => {
    const { TimeoutError } = await import("../src/index.js");
    const { api, sent } = await client(never, 30);
    const failure = await api.GET("/things/{id}", { params: { path: { id: 1 } } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as Error).message).toBe(
      "GET /things/{id} (getThing): the client's code did not load within 30 ms; the request was not sent",
    );
    expect((failure as { timeoutMs?: number }).timeoutMs).toBe(30);
    expect(sent).toEqual([]);
  });

  it("holds each call until it resolves; a rejection fails the call with its error and sends nothing", async () => {
    const refusal = new Error("not loaded");
    let outcome: "fail" | "pass" = "fail";
    const ready = vi.fn(() => (outcome === "fail" ? Promise.reject(refusal) : undefined));
    const { api, sent } = await client(ready);
    await expect(api.GET("/things/{id}", { params: { path: { id: 1 } } })).rejects.toBe(refusal);
    expect(sent).toEqual([]);
    outcome = "pass";
    expect((await api.GET("/things/{id}", { params: { path: { id: 1 } } })).data).toEqual({ id: 1 });
    expect(sent).toEqual(["https://api.test/things/1"]);
    expect(ready).toHaveBeenCalledTimes(2);
  });

  it("is not asked for a call the path checks refuse", async () => {
    const { InvalidParameterError } = await import("../src/index.js");
    const ready = vi.fn(() => Promise.reject(new Error("not loaded")));
    const { api, sent } = await client(ready);
    await expect(api.GET("/things/{id}", { params: { path: { id: "" } } })).rejects.toBeInstanceOf(InvalidParameterError);
    expect(ready).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
