import { type AuthStrategy, bearerToken, RedirectError } from "@punchclock/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stubPlatformFetch } from "../../../tools/vitest/platform-fetch.js";
import { createKimaiClient, unwrap } from "../src/index.js";

describe("createKimaiClient", () => {
  it("identifies itself with library, version and the caller's product", async () => {
    let seen: Request | undefined;
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com/",
      auth: bearerToken("t"),
      userAgent: "invoice-sync/1.2",
      fetch: async (request) => {
        seen = request;
        return Response.json({ message: "pong" });
      },
    });
    const { data } = await kimai.GET("/api/ping");
    expect(data).toEqual({ message: "pong" });
    expect(seen?.url).toBe("https://kimai.example.com/api/ping");
    expect(seen?.headers.get("User-Agent")).toMatch(/^punchclock-kimai\/\d+\.\d+\.\d+ \(node [\d.]+\) invoice-sync\/1\.2$/);
    expect(seen?.headers.get("Accept")).toBe("application/json");
  });

  it("gives error: undefined for an error status with an empty body, as openapi-fetch does; unwrap throws", async () => {
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("t"),
      retry: false,
      fetch: async () => new Response(null, { status: 503 }),
    });
    const { data, error, response } = await kimai.GET("/api/ping");
    expect([data, error, response.ok, response.status]).toEqual([undefined, undefined, false, 503]);
    await expect(unwrap(kimai.GET("/api/ping"))).rejects.toMatchObject({ name: "InternalServerError", status: 503 });
  });

  it("reads and parses a JSON body once per call, whatever the middleware checks", async () => {
    const body = JSON.stringify({ version: "2.65.0", versionId: 26500, copyright: "Kimai" });
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("t0ken"),
      fetch: async () => new Response(body, { headers: { "Content-Type": "application/json" } }),
    });
    const parse = vi.spyOn(JSON, "parse");
    try {
      const { data } = await kimai.GET("/api/version");
      expect(data).toEqual(JSON.parse(body));
      // One parse of the body by the client (the JSON guard's), plus the one in the line above.
      expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(2);
    } finally {
      parse.mockRestore();
    }
  });

  it("needs a base URL", () => {
    expect(() => createKimaiClient({ baseUrl: "", auth: bearerToken("t") })).toThrow(TypeError);
  });

  it("sends the Request openapi-fetch built, with the attempt's time limit as init.signal", async () => {
    const seen: Array<{ request: Request; init: RequestInit | undefined }> = [];
    const fetch = async (request: Request, init?: RequestInit) => {
      seen.push({ request, init });
      return Response.json({ message: "pong" });
    };
    const { data } = await createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken("t"), fetch }).GET(
      "/api/ping",
    );
    expect(data).toEqual({ message: "pong" });
    const [first] = seen;
    // redirect "manual" on the Request itself: a fetch that ignores init still never follows a redirect.
    expect(first?.request.redirect).toBe("manual");
    expect(first?.init?.signal).toBeInstanceOf(AbortSignal);
    expect(first?.init?.signal).not.toBe(first?.request.signal);
    await createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken("t"), fetch, timeoutMs: 0 }).GET(
      "/api/ping",
    );
    expect(seen[1]?.init).toBeUndefined();
  });

  describe("without a fetch of your own", () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });
    it("calls it as fetch(url, init), so the only Request of a call is fetch's own; a retry sends the same body", async () => {
      let status = 503;
      const calls = stubPlatformFetch(() => Response.json({ id: 1 }, { status: status === 503 ? status++ : 200 }));
      const kimai = createKimaiClient({
        baseUrl: "https://kimai.example.com",
        auth: bearerToken("t0ken"),
        retry: { initialDelayMs: 1, maxDelayMs: 1, retryNonIdempotent: true },
      });
      const body = { name: "Acme" };
      const { data } = await kimai.PATCH("/api/customers/{id}", { params: { path: { id: 1 } }, body: body as never });
      expect(data).toEqual({ id: 1 });
      expect(calls).toHaveLength(2);
      // A call that asks fetch to follow redirects still gets them as responses: the transport follows
      // same-origin ones itself and refuses others, which keeps the credentials from leaving the origin.
      await kimai.GET("/api/ping", { redirect: "follow" });
      expect(calls[2]?.init?.redirect).toBe("manual");
      for (const { input, init } of calls.slice(0, 2)) {
        expect(input).toBe("https://kimai.example.com/api/customers/1");
        expect(init).toMatchObject({ method: "PATCH", redirect: "manual", body: JSON.stringify(body) });
        expect(init?.signal).toBeInstanceOf(AbortSignal);
        const headers = new Headers(init?.headers);
        expect(headers.get("Authorization")).toBe("Bearer t0ken");
        expect(headers.get("Content-Type")).toBe("application/json");
      }
    });

    it("gives an auth strategy of your own a Request, and sends the Request it returns", async () => {
      const calls = stubPlatformFetch(() => Response.json({ message: "pong" }));
      let given: unknown;
      const auth: AuthStrategy = {
        kind: "custom",
        secrets: ["s3cret"],
        authenticate(request) {
          given = request;
          return new Request(request, { headers: { ...Object.fromEntries(request.headers), "X-Key": "s3cret" } });
        },
      };
      const { data } = await createKimaiClient({ baseUrl: "https://kimai.example.com", auth }).GET("/api/ping");
      expect(data).toEqual({ message: "pong" });
      expect(given).toBeInstanceOf(Request);
      const sent = calls[0]?.input;
      expect(sent).toBeInstanceOf(Request);
      const { headers } = sent as Request;
      expect(headers.get("X-Key")).toBe("s3cret");
      expect(headers.get("Accept")).toBe("application/json");
    });

    it("refuses what openapi-fetch's Request would refuse before anything is sent, and keeps options a Request lacks", async () => {
      const calls = stubPlatformFetch(() => Response.json({ message: "pong" }));
      const events: string[] = [];
      const kimai = createKimaiClient({
        baseUrl: "https://kimai.example.com",
        auth: bearerToken("t"),
        logger: (event) => events.push(event.type),
      });
      const refused = [
        await kimai.request("bad method" as "get", "/api/ping").catch((e: unknown) => e),
        await kimai.GET("/api/ping", { body: "x" } as never).catch((e: unknown) => e),
        await kimai.GET("/api/ping", { signal: {} as AbortSignal }).catch((e: unknown) => e),
        await kimai.GET("/api/ping", { redirect: "bogus" as RequestRedirect }).catch((e: unknown) => e),
      ];
      // By name: the TypeError comes from fetch's realm, which a test runner's need not be.
      for (const error of refused) expect(error).toMatchObject({ name: "TypeError" });
      expect(calls).toHaveLength(0);
      expect(events).toEqual([]);
      // A call option a Request has no property for (Next.js's `next`) is on the Request fetch gets, where
      // openapi-fetch puts it: such a call is sent as a Request, to the platform's fetch or your own.
      await kimai.GET("/api/ping", { next: { revalidate: 60 } } as never);
      expect((calls[0]?.input as (Request & { next?: unknown }) | undefined)?.next).toEqual({ revalidate: 60 });
      let seen: unknown;
      const own = createKimaiClient({
        baseUrl: "https://kimai.example.com",
        auth: bearerToken("t"),
        fetch: async (request) => {
          seen = (request as Request & { next?: unknown }).next;
          return Response.json({ message: "pong" });
        },
      });
      await own.GET("/api/ping", { next: { revalidate: 60 } } as never);
      expect(seen).toEqual({ revalidate: 60 });
    });

    it("gives a built-in strategy whose authenticate you replaced a Request", async () => {
      const calls = stubPlatformFetch(() => Response.json({ message: "pong" }));
      const auth = bearerToken("t0ken");
      const builtIn = auth.authenticate;
      let given: unknown;
      const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth });
      await kimai.GET("/api/ping");
      expect(typeof calls[0]?.input).toBe("string");
      (auth as { authenticate: AuthStrategy["authenticate"] }).authenticate = (request) => {
        given = request;
        return builtIn(request);
      };
      await kimai.GET("/api/ping");
      expect(given).toBeInstanceOf(Request);
      expect((calls[1]?.input as Request | undefined)?.headers.get("Authorization")).toBe("Bearer t0ken");
    });
  });

  it("follows a same-origin redirect, and hands it over itself to a call made with redirect: manual", async () => {
    const requested: string[] = [];
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("t"),
      fetch: async (request: Request) => {
        const { pathname } = new URL(request.url);
        requested.push(pathname);
        return pathname === "/api/customers/1"
          ? new Response(null, { status: 301, headers: { Location: "/api/customers/2" } })
          : Response.json({ id: 2 });
      },
    });
    const followed = await kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } });
    expect(followed.response.status).toBe(200);
    expect(requested).toEqual(["/api/customers/1", "/api/customers/2"]);
    const kept = await kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } }, redirect: "manual" });
    expect(kept.response.status).toBe(301);
    expect(kept.response.headers.get("Location")).toBe("/api/customers/2");
    expect(requested).toEqual(["/api/customers/1", "/api/customers/2", "/api/customers/1"]);
    // redirect: "error", as fetch has it: the redirect fails the call, and is not followed nor retried.
    const refused = await kimai
      .GET("/api/customers/{id}", { params: { path: { id: 1 } }, redirect: "error" })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RedirectError);
    expect(refused).toMatchObject({ status: 301, operationId: "getCustomer" });
    expect(String((refused as Error).message)).toContain("refused"); // the token "t" masks every other t
    expect(requested).toEqual(["/api/customers/1", "/api/customers/2", "/api/customers/1", "/api/customers/1"]);
  });

  it("fails a call made with redirect: error on a redirect status without a Location too, as fetch does", async () => {
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("token-of-the-test"),
      fetch: async () => new Response(null, { status: 302 }),
    });
    const refused = await kimai
      .GET("/api/customers/{id}", { params: { path: { id: 1 } }, redirect: "error" })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RedirectError);
    expect(String((refused as Error).message)).toContain('redirect: "error"');
  });

  it("runs your middleware around the runtime: onRequest before the credentials are added, onResponse after the checks", async () => {
    const sent: Request[] = [];
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("s3cret-token"),
      fetch: async (request) => {
        sent.push(request);
        return Response.json({ message: "pong" });
      },
    });
    const seen: { authorization?: string | null; json?: unknown } = {};
    kimai.use({
      onRequest({ request }) {
        seen.authorization = request.headers.get("Authorization");
        const headers = new Headers(request.headers);
        headers.set("X-Trace", "abc");
        return new Request(request, { headers });
      },
      async onResponse({ response }) {
        seen.json = await response.clone().json();
        return undefined;
      },
    });
    const { data } = await kimai.GET("/api/ping");
    expect(data).toEqual({ message: "pong" });
    expect(seen.authorization).toBeNull();
    expect(sent[0]?.headers.get("Authorization")).toBe("Bearer s3cret-token");
    expect(sent[0]?.headers.get("X-Trace")).toBe("abc");
    expect(seen.json).toEqual({ message: "pong" });
  });

  it("sends a call's own fetch through the runtime: retried, checked, named in errors", async () => {
    let calls = 0;
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("t"),
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
      fetch: async () => {
        throw new Error("the client's fetch must not be used");
      },
    });
    const fetch = async () => (++calls === 1 ? new Response(null, { status: 503 }) : new Response("<html>", { status: 200 }));
    const error = await kimai.GET("/api/version", { fetch }).catch((e: unknown) => e);
    expect(calls).toBe(2);
    expect(error).toMatchObject({ name: "DecodeError", operationId: "getVersion" });
  });

  it("forwards an abort of the signal a middleware gave the request", async () => {
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("t"),
      fetch: (_request, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason))),
    });
    const controller = new AbortController();
    kimai.use({ onRequest: ({ request }) => new Request(request, { signal: controller.signal }) });
    const pending = kimai.GET("/api/ping").catch((e: unknown) => e);
    setTimeout(() => controller.abort(new Error("gave up")), 20);
    expect(await pending).toMatchObject({ name: "RequestAbortedError" });
  });

  it("names the operation and masks the token in errors when your middleware replaced the response", async () => {
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("s3cret-token-value"),
      fetch: async () => Response.json({ code: 404, message: "no customer for s3cret-token-value" }, { status: 404 }),
    });
    kimai.use({
      async onResponse({ response }) {
        return new Response(await response.text(), { status: response.status, headers: response.headers });
      },
    });
    const error = await unwrap(kimai.GET("/api/customers/{id}", { params: { path: { id: 7 } } })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "NotFoundError", operationId: "getCustomer", path: "/api/customers/{id}" });
    expect(JSON.stringify(error)).not.toContain("s3cret-token-value");
    expect((error as Error).message).not.toContain("s3cret-token-value");
  });
});
