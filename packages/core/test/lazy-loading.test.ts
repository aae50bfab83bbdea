// Three modules of core are imported when first needed, so a bundler keeps them out of the initial download:
// the paginator's page loop, the XML decoder and the ETag cache. When such an import fails (a browser app
// offline, or redeployed under it), the caller gets one of punchclock's errors (or, for the cache, a request
// without it), never the loader's raw error, and the next use tries the import again.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CacheLogEvent, EtagEntry, EtagStore, LogEvent, Logger } from "../src/index.js";

const MODULES = ["../src/pagination/page-loop.js", "../src/xml/decode.js", "../src/cache/etag-cache.js"];

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

describe("the XML decoder", () => {
  const xml = (body: string, status = 200) =>
    new Response(body, { status, headers: { "Content-Type": "application/xml; charset=utf-8" } });
  const context = {
    operation: { method: "GET", path: "/customers/{id}", operationId: "getCustomer" },
  };

  it("fails a successful XML response with a PunchclockError, not a DecodeError, and is tried again next time", async () => {
    failImports("../src/xml/decode.js", 1);
    const { DecodeError, PunchclockError, Redactor } = await import("../src/index.js");
    const { xmlResponseAsJson } = await import("../src/internal.js");
    const options = { context: { ...context, redactor: new Redactor([]) } };
    const body = '<customer><id type="integer">1</id></customer>';
    const failure = await settle(xmlResponseAsJson(xml(body), undefined, options));
    expect(failure).toBeInstanceOf(PunchclockError);
    // The server's XML is fine: nothing says it is not.
    expect(failure).not.toBeInstanceOf(DecodeError);
    expect((failure as Error).message).toBe("GET /customers/{id} (getCustomer): the XML decoder could not be loaded");
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect((failure as InstanceType<typeof PunchclockError>).operationId).toBe("getCustomer");
    // A failed import is not kept: the next XML body loads the decoder.
    const decoded = await xmlResponseAsJson(xml(body), undefined, options);
    expect(await decoded.json()).toEqual({ customer: { id: 1 } });
  });

  it("passes an error response through with its raw body, for the error handling to report", async () => {
    failImports("../src/xml/decode.js", 1);
    const { xmlResponseAsJson } = await import("../src/internal.js");
    const body = "<error>Record not found</error>";
    const response = await xmlResponseAsJson(xml(body, 404));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(body);
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
