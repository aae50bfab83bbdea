import { inspect } from "node:util";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stubPlatformFetch } from "../../../tools/vitest/platform-fetch.js";
import { untrackedContext } from "../src/http/operations.js";
import {
  ConnectionError,
  createTransport,
  type FetchFunction,
  type LogEvent,
  type Logger,
  PunchclockError,
  RequestAbortedError,
  type RetryOptions,
  TimeoutError,
  type TransportOptions,
} from "../src/index.js";
import { OutgoingRequest } from "../src/transport/outgoing-request.js";
import { bufferedBody } from "../src/transport/responses.js";
import { createSender } from "../src/transport/transport.js";

const FAST: RetryOptions = { initialDelayMs: 1, maxDelayMs: 2 };

/** A fetch that answers from a script and records what it was sent. */
function scripted(...answers: Array<number | Error | ((request: Request) => Promise<Response>)>) {
  const sent: Array<{ method: string; url: string; body: string }> = [];
  const fetch: FetchFunction = async (request) => {
    sent.push({ method: request.method, url: request.url, body: await request.text() });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    if (typeof answer === "function") return answer(request);
    return new Response(answer === 204 ? null : `{"n": ${sent.length}}`, {
      status: answer,
      headers: { "Content-Type": "application/json" },
    });
  };
  return { fetch, sent };
}

function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

const eventLoopTick = () => new Promise((resolve) => setImmediate(resolve));

/** What `process` emitted as `event` while `run` ran (warnings, unhandled rejections). */
async function emittedDuring(event: "warning" | "unhandledRejection", run: () => Promise<void>): Promise<unknown[]> {
  const emitted: unknown[] = [];
  const listener = (value: unknown) => emitted.push(value);
  process.on(event, listener);
  try {
    await run();
  } finally {
    process.off(event, listener);
  }
  return emitted;
}

describe("createTransport", () => {
  it("leaves the headers of a HEAD as the server sent them (its Content-Length is the GET's body size)", async () => {
    const headers = { "Content-Length": "12345", "Content-Encoding": "gzip", ETag: '"v1"' };
    const send = createTransport({ fetch: async () => new Response(null, { headers }) });
    const response = await send(new Request("https://kimai.test/api/customers/1", { method: "HEAD" }));
    expect(Object.fromEntries(response.headers)).toMatchObject({ "content-length": "12345", "content-encoding": "gzip" });
  });

  it("retries an idempotent request on 503 and reports every step to the logger", async () => {
    const { fetch, sent } = scripted(503, 200);
    const events: LogEvent[] = [];
    const send = createTransport({ fetch, retry: FAST, logger: (event) => events.push(event) });
    const response = await send(
      new Request("https://kimai.test/api/customers?page=2", { headers: { Authorization: "Bearer t0ken" } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ n: 2 });
    expect(sent).toHaveLength(2);
    expect(events.map((event) => `${event.type}:${event.attempt}`)).toEqual([
      "request:1",
      "response:1",
      "retry:1",
      "request:2",
      "response:2",
    ]);
    const [request, , retry] = events;
    expect(request).toMatchObject({ method: "GET", path: "/api/customers", url: "https://kimai.test/api/customers?page=2" });
    expect(request?.type === "request" && request.headers.authorization).toBe("[REDACTED]");
    expect(retry).toMatchObject({ type: "retry", status: 503, reason: "status 503" });
  });

  it("measures durationMs: of the attempt in response events, since the first attempt in error events", async () => {
    // `durationMs >= 0` could not fail; a server that takes 60 ms per attempt can.
    const slow = async (request: Request) => waitFor(60, request.signal).then(() => new Response(null, { status: 503 }));
    const events: LogEvent[] = [];
    const send = createTransport({
      fetch: scripted(slow, slow, async () => {
        throw new TypeError("fetch failed");
      }).fetch,
      retry: { initialDelayMs: 40, maxDelayMs: 40 },
      logger: (event) => events.push(event),
    });
    await expect(send(new Request("https://kimai.test/api/x"))).rejects.toBeInstanceOf(ConnectionError);
    const responses = events.filter((event) => event.type === "response");
    expect(responses).toHaveLength(2);
    for (const event of responses) {
      expect(event.durationMs).toBeGreaterThanOrEqual(55);
      expect(event.durationMs).toBeLessThan(1000);
    }
    const failure = events.at(-1);
    expect(failure?.type).toBe("error");
    // Two attempts of 60 ms and two backoffs of 30-40 ms (jitter takes off up to 25%).
    expect(failure?.type === "error" ? failure.durationMs : 0).toBeGreaterThanOrEqual(170);
  });

  it("never retries other 4xx statuses", async () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422]) {
      const { fetch, sent } = scripted(status, 200);
      const response = await createTransport({ fetch, retry: FAST })(new Request("https://kimai.test/api/x"));
      expect(response.status).toBe(status);
      expect(sent).toHaveLength(1);
    }
  });

  it("retries 408, 429, 502, 503 and 504", async () => {
    for (const status of [408, 429, 502, 503, 504]) {
      const { fetch, sent } = scripted(status, 200);
      expect((await createTransport({ fetch, retry: FAST })(new Request("https://kimai.test/api/x"))).status).toBe(200);
      expect(sent).toHaveLength(2);
    }
  });

  it("does not retry POST or PATCH, even after a connection error, unless told to", async () => {
    for (const method of ["POST", "PATCH"]) {
      const { fetch, sent } = scripted(new TypeError("fetch failed"), 200);
      const request = () => new Request("https://kimai.test/api/x", { method, body: '{"a":1}' });
      await expect(createTransport({ fetch, retry: FAST })(request())).rejects.toBeInstanceOf(ConnectionError);
      expect(sent).toHaveLength(1);
      const optedIn = scripted(new TypeError("fetch failed"), 200);
      expect(
        (await createTransport({ fetch: optedIn.fetch, retry: { ...FAST, retryNonIdempotent: true } })(request())).status,
      ).toBe(200);
      expect(optedIn.sent.map((attempt) => attempt.body)).toEqual(['{"a":1}', '{"a":1}']);
    }
  });

  it("re-sends the body of a retried PUT", async () => {
    const { fetch, sent } = scripted(new TypeError("socket hang up"), 204);
    const response = await createTransport({ fetch, retry: FAST })(
      new Request("https://kimai.test/api/x", { method: "PUT", body: "payload" }),
    );
    expect(response.status).toBe(204);
    expect(sent.map((attempt) => [attempt.method, attempt.body])).toEqual([
      ["PUT", "payload"],
      ["PUT", "payload"],
    ]);
  });

  it("gives up after maxRetries with the last error, counting the attempts", async () => {
    const { fetch, sent } = scripted(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } }));
    const error = await createTransport({ fetch, retry: { ...FAST, maxRetries: 3 } })(
      new Request("https://kimai.test/api/x"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ attempts: 4, code: "ECONNRESET", method: "GET", path: "/api/x" });
    expect(sent).toHaveLength(4);
  });

  it("starts the timeout when the request starts, not when the transport is made", async () => {
    const send = createTransport({
      fetch: scripted(async (request) => waitFor(100, request.signal).then(() => new Response(null, { status: 204 }))).fetch,
      timeoutMs: 300,
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await send(new Request("https://kimai.test/api/x"))).status).toBe(204);
  });

  it("gives each attempt its own timeout", async () => {
    const { fetch, sent } = scripted(async (request) => waitFor(10_000, request.signal).then(() => new Response(null)));
    const error = await createTransport({ fetch, timeoutMs: 50, retry: { ...FAST, maxRetries: 2 } })(
      new Request("https://kimai.test/api/x"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, attempts: 3 });
    expect(sent).toHaveLength(3);
  });

  it("times out a short attempt started while a longer one is running (one timer serves all)", async () => {
    const slow = scripted(async (request) => waitFor(10_000, request.signal).then(() => new Response(null)));
    const long = createTransport({ fetch: slow.fetch, timeoutMs: 2000, retry: false })(
      new Request("https://kimai.test/api/long"),
    );
    long.catch(() => undefined);
    const started = performance.now();
    const error = await createTransport({ fetch: slow.fetch, timeoutMs: 50, retry: false })(
      new Request("https://kimai.test/api/short"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(await long.catch((e: unknown) => e)).toBeInstanceOf(TimeoutError);
  });

  it("never hands a later attempt a signal an earlier attempt's time limit aborted", async () => {
    const signals: AbortSignal[] = [];
    let calls = 0;
    const fetch: FetchFunction = async (request, init) => {
      const signal = init?.signal ?? request.signal;
      signals.push(signal);
      // The first attempt hangs until its time limit; every later one answers at once.
      if (++calls === 1) await waitFor(10_000, signal);
      return new Response(null, { status: 204 });
    };
    const send = createTransport({ fetch, timeoutMs: 30, retry: false });
    expect(await send(new Request("https://kimai.test/api/x")).catch((e: unknown) => e)).toBeInstanceOf(TimeoutError);
    for (let i = 0; i < 20; i++) expect((await send(new Request("https://kimai.test/api/x"))).status).toBe(204);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals.slice(1).some((signal) => signal.aborted || signal === signals[0])).toBe(false);
  });

  it("hands every attempt an init of its own, so a fetch that changes it changes nothing later", async () => {
    const inits: RequestInit[] = [];
    const fetch: FetchFunction = async (_request, init) => {
      if (init) {
        inits.push(init);
        init.headers = { "X-From-An-Earlier-Call": "1" };
      }
      return new Response(null, { status: 204 });
    };
    const send = createTransport({ fetch, timeoutMs: 1000, retry: false });
    for (let i = 0; i < 3; i++) await send(new Request("https://kimai.test/api/x", { redirect: "manual" }));
    expect(inits).toHaveLength(3);
    expect(new Set(inits).size).toBe(3);
  });

  it("never reuses a signal the caller's abort reached", async () => {
    const signals: AbortSignal[] = [];
    const fetch: FetchFunction = async (request, init) => {
      const signal = init?.signal ?? request.signal;
      signals.push(signal);
      if (signals.length === 1) await waitFor(10_000, signal);
      return new Response(null, { status: 204 });
    };
    const send = createTransport({ fetch, timeoutMs: 5000, retry: false });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 20);
    const aborted = await send(new Request("https://kimai.test/api/x", { signal: controller.signal })).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    for (let i = 0; i < 10; i++) await send(new Request("https://kimai.test/api/x"));
    expect(signals[0]?.aborted).toBe(true);
    expect(signals.slice(1).some((signal) => signal.aborted || signal === signals[0])).toBe(false);
  });

  it("lets no signal collect enough listeners for a leak warning, even from a fetch that never removes its own", async () => {
    const warnings = await emittedDuring("warning", async () => {
      // A fetch wrapper that forwards aborts and never removes its listener (a common one), with a redirect
      // on every other call: two requests, two listeners, per attempt.
      let calls = 0;
      const leaky: FetchFunction = async (request, init) => {
        (init?.signal ?? request.signal).addEventListener("abort", () => undefined);
        calls++;
        return calls % 4 === 1
          ? new Response(null, { status: 302, headers: { Location: "/api/y" } })
          : new Response(null, { status: 204 });
      };
      const send = createTransport({ fetch: leaky, timeoutMs: 1000, retry: false });
      for (let i = 0; i < 60; i++) await send(new Request("https://kimai.test/api/x", { redirect: "manual" }));
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(warnings.map((warning) => (warning as Error).name)).not.toContain("MaxListenersExceededWarning");
  });

  it("keeps a Node process alive while an attempt runs, and lets it exit after (its timer is shared)", async () => {
    // A module of its own: the shared timer of the other tests' transports is not this one's.
    vi.resetModules();
    const fresh = await import("../src/transport/transport.js");
    const realSetTimeout = globalThis.setTimeout;
    const timers: Array<{ timer: ReturnType<typeof setTimeout>; ms: number | undefined }> = [];
    const spy = vi.spyOn(globalThis, "setTimeout").mockImplementation(((callback: () => void, ms?: number) => {
      const timer = realSetTimeout(callback, ms);
      timers.push({ timer, ms });
      return timer;
    }) as typeof setTimeout);
    try {
      let answer: (() => void) | undefined;
      const fetch: FetchFunction = () => new Promise((resolve) => (answer = () => resolve(new Response(null, { status: 204 }))));
      const send = fresh.createTransport({ fetch, timeoutMs: 60_000, retry: false });
      const shared = () => timers.filter(({ ms }) => (ms ?? 0) > 59_000).map(({ timer }) => timer);
      // The first attempt sets the timer; the second finds it set (for the first one's limit) and reuses it.
      for (let attempt = 1; attempt <= 2; attempt++) {
        const pending = send(new Request("https://kimai.test/api/x", { redirect: "manual" }));
        await eventLoopTick();
        expect(shared()).toHaveLength(1);
        expect(shared()[0]?.hasRef()).toBe(true);
        answer?.();
        expect((await pending).status).toBe(204);
        expect(shared()[0]?.hasRef()).toBe(false);
      }
    } finally {
      spy.mockRestore();
    }
  });

  it("calls fetch as a plain function, as a browser's fetch requires", async () => {
    const fetch = function (this: unknown) {
      // A browser's window.fetch throws "Illegal invocation" when called with another receiver.
      if (this !== undefined && this !== globalThis) throw new TypeError("Illegal invocation");
      return Promise.resolve(new Response(null, { status: 204 }));
    };
    const response = await createTransport({ fetch, retry: false })(
      new Request("https://kimai.test/api/x", { redirect: "manual" }),
    );
    expect(response.status).toBe(204);
    const redirected = await createTransport({ fetch, retry: false })(new Request("https://kimai.test/api/x"));
    expect(redirected.status).toBe(204);
  });

  it("reports a caller's AbortSignal.timeout() as a TimeoutError, and a plain abort as RequestAbortedError", async () => {
    const { fetch } = scripted(async (request) => waitFor(10_000, request.signal).then(() => new Response(null)));
    const send = createTransport({ fetch, retry: FAST });
    const timedOut = await send(new Request("https://kimai.test/api/x", { signal: AbortSignal.timeout(30) })).catch(
      (e: unknown) => e,
    );
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect((timedOut as TimeoutError).timeoutMs).toBeUndefined();
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 30);
    const aborted = await send(new Request("https://kimai.test/api/x", { signal: controller.signal })).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    expect((aborted as RequestAbortedError).cause).toEqual(new Error("user left"));
  });

  it("does not send at all when the signal has already fired", async () => {
    const { fetch, sent } = scripted(200);
    const error = await createTransport({ fetch })(
      new Request("https://kimai.test/api/x", { signal: AbortSignal.abort() }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(sent).toHaveLength(0);
  });

  it("turns a 303 after a POST into a GET without a body", async () => {
    const { fetch, sent } = scripted(
      async () => new Response(null, { status: 303, headers: { Location: "/api/customers/7" } }),
      async () => new Response("{}", { headers: { "Content-Type": "application/json" } }),
    );
    await createTransport({ fetch })(new Request("https://kimai.test/api/customers", { method: "POST", body: "{}" }));
    expect(sent.map((attempt) => [attempt.method, attempt.url, attempt.body])).toEqual([
      ["POST", "https://kimai.test/api/customers", "{}"],
      ["GET", "https://kimai.test/api/customers/7", ""],
    ]);
  });

  it("keeps a logger that throws away from the request", async () => {
    const send = createTransport({
      fetch: scripted(200).fetch,
      logger: () => {
        throw new Error("logger broke");
      },
    });
    expect((await send(new Request("https://kimai.test/api/x"))).status).toBe(200);
  });

  it("redacts the URL and the cause of a failed request whose URL holds api_key", async () => {
    const { fetch } = scripted(new TypeError("Failed to fetch https://acme.mite.de/customers.json?api_key=0123456789abcdef"));
    const error = await createTransport({ fetch, retry: false })(
      new Request("https://acme.mite.de/customers.json?api_key=0123456789abcdef"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    for (const text of [(error as Error).message, (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain("0123456789abcdef");
    }
    expect((error as Error).message).toContain("api_key=[REDACTED]");
  });

  it.each([
    { timeoutMs: -1 },
    { timeoutMs: "5000" },
    { timeoutMs: Number.NaN },
    { maxResponseBytes: Number.NaN },
    { maxRedirects: -2 },
    { maxRedirects: 1.5 },
    { maxRedirects: Number.POSITIVE_INFINITY },
    { retry: { maxRetries: Number.POSITIVE_INFINITY } },
    { retry: { maxRetryAfterMs: -1 } },
    { retry: { statuses: [503, "429"] } },
  ])("refuses %o with a RangeError", (options) => {
    expect(() => createTransport(options as TransportOptions)).toThrow(RangeError);
  });

  it.each([{ logger: "debug" }, { fetch: {} }])("refuses %o with a TypeError", (options) => {
    expect(() => createTransport(options as unknown as TransportOptions)).toThrow(TypeError);
  });

  it("accepts Infinity for timeoutMs and maxRetryAfterMs, and 0 for no timeout", () => {
    for (const options of [
      { timeoutMs: Number.POSITIVE_INFINITY },
      { timeoutMs: 0 },
      { timeoutMs: 3e9 },
      { retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY } },
    ]) {
      expect(() => createTransport(options)).not.toThrow();
    }
  });
});

describe("createTransport against what a server controls", () => {
  it("does not time out early when timeoutMs is over 2^31-1 ms (Node would run such a timer after 1 ms)", async () => {
    const warnings = await emittedDuring("warning", async () => {
      const { fetch, sent } = scripted(async (request) =>
        waitFor(50, request.signal).then(() => new Response(null, { status: 204 })),
      );
      const response = await createTransport({ fetch, timeoutMs: 3e9, retry: false })(new Request("https://kimai.test/api/x"));
      expect(response.status).toBe(204);
      expect(sent).toHaveLength(1);
      await new Promise((resolve) => setImmediate(resolve));
    });
    expect(warnings.map((warning) => (warning as Error).name)).not.toContain("TimeoutOverflowWarning");
  });

  it("waits out a Retry-After longer than a Node timer holds when maxRetryAfterMs allows it", async () => {
    const thirtyDays = 30 * 24 * 3600;
    const { fetch, sent } = scripted(
      async () => new Response(null, { status: 503, headers: { "Retry-After": String(thirtyDays) } }),
    );
    const events: LogEvent[] = [];
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("gave up")), 200);
    const error = await createTransport({
      fetch,
      retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY },
      logger: (event) => events.push(event),
    })(new Request("https://kimai.test/api/x", { signal: controller.signal })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(sent).toHaveLength(1);
    expect(events.find((event) => event.type === "retry")).toMatchObject({ delayMs: thirtyDays * 1000 });
  });

  it("keeps a 200 whose reason phrase a Response cannot carry ('OK \u2713'), dropping the phrase", async () => {
    const { fetch, sent } = scripted(async () => {
      const response = new Response('{"id": 1}', { headers: { "Content-Type": "application/json" } });
      // What undici hands over for a status line `HTTP/1.1 200 OK ✓` (new Response() would refuse it).
      Object.defineProperty(response, "statusText", { value: "OK \u2713" });
      return response;
    });
    const response = await createTransport({ fetch, retry: FAST })(new Request("https://kimai.test/api/x"));
    expect(response.status).toBe(200);
    expect(response.statusText).toBe("");
    expect(await response.json()).toEqual({ id: 1 });
    expect(sent).toHaveLength(1);
  });

  it("keeps a reason phrase a Response can carry, Latin-1 included", async () => {
    const { fetch } = scripted(async () => new Response(null, { status: 404, statusText: "Nicht gefunden \u00bb" }));
    expect((await createTransport({ fetch })(new Request("https://kimai.test/api/x"))).statusText).toBe("Nicht gefunden \u00bb");
  });

  it("ignores an async logger whose promise rejects: no unhandled rejection", async () => {
    const unhandled = await emittedDuring("unhandledRejection", async () => {
      let calls = 0;
      const send = createTransport({
        fetch: scripted(503, 200).fetch,
        retry: FAST,
        logger: async () => {
          calls++;
          throw new Error("log sink down");
        },
      });
      expect((await send(new Request("https://kimai.test/api/x"))).status).toBe(200);
      expect(calls).toBe(5);
      // Unhandled rejections are reported once the microtask queue has drained.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(unhandled).toEqual([]);
  });

  it("ignores a logger returning a thenable whose then throws", async () => {
    const send = createTransport({
      fetch: scripted(200).fetch,
      logger: (() => ({
        // biome-ignore lint/suspicious/noThenProperty: a hostile thenable is the point
        then() {
          throw new Error("then broke");
        },
      })) as unknown as Logger,
    });
    expect((await send(new Request("https://kimai.test/api/x"))).status).toBe(200);
  });
});

describe("the transport with a request not built yet (OutgoingRequest, the platform's fetch)", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const json = () => Response.json({ ok: true });
  /** What a client says of its calls: redirects are followed (every request is made with "manual"). */
  const call = (abortable = false) => ({
    context: untrackedContext("POST", "https://kimai.test/"),
    keepRedirect: false,
    abortable,
    fetch: undefined,
  });
  const post = (body = '{"name":"Acme"}', init: RequestInit = {}) =>
    new OutgoingRequest("https://kimai.test/api/customers", {
      method: "POST",
      headers: new Headers({ "Content-Type": "application/json" }),
      body,
      redirect: "manual",
      ...init,
    });

  it("sends it as fetch(url, init), and re-sends its body on a retry and after a 307", async () => {
    const sent = stubPlatformFetch(
      () => new Response(null, { status: 503 }),
      () => new Response(null, { status: 307, headers: { Location: "/api/v2/customers" } }),
      json,
    );
    const send = createSender({ retry: { ...FAST, retryNonIdempotent: true } });
    expect((await send(post(), call())).status).toBe(200);
    expect(typeof sent[0]?.input).toBe("string");
    expect(sent.map(({ request, body }) => [request.method, request.url, body])).toEqual([
      ["POST", "https://kimai.test/api/customers", '{"name":"Acme"}'],
      ["POST", "https://kimai.test/api/customers", '{"name":"Acme"}'],
      ["POST", "https://kimai.test/api/v2/customers", '{"name":"Acme"}'],
    ]);
  });

  it("fails on a redirect a call made with redirect: error, also where the redirect is the operation's answer", async () => {
    const sent = stubPlatformFetch(() => new Response(null, { status: 302, headers: { Location: "/api/customers/7" } }));
    const send = createSender({});
    for (const keepRedirect of [false, true]) {
      await expect(send(post(), { ...call(), keepRedirect, refuseRedirects: true })).rejects.toMatchObject({
        name: "RedirectError",
        status: 302,
      });
    }
    expect(sent).toHaveLength(2);
  });

  it("turns a 303 after a POST into a GET without a body or a Content-Type", async () => {
    const sent = stubPlatformFetch(() => new Response(null, { status: 303, headers: { Location: "/api/customers/7" } }), json);
    await createSender({})(post(), call());
    expect(sent.map(({ request, body }) => [request.method, request.url, body, request.headers.get("Content-Type")])).toEqual([
      ["POST", "https://kimai.test/api/customers", '{"name":"Acme"}', "application/json"],
      ["GET", "https://kimai.test/api/customers/7", "", null],
    ]);
  });

  it("times an attempt out, and forwards the caller's abort, with or without a signal of its own", async () => {
    stubPlatformFetch((request) => waitFor(10_000, request.signal).then(() => new Response(null)));
    const timedOut = await createSender({ timeoutMs: 30, retry: false })(post(), undefined).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user left")), 30);
    const call = {
      context: untrackedContext("POST", "https://kimai.test/"),
      keepRedirect: false,
      abortable: true,
      fetch: undefined,
    };
    const aborted = await createSender({ retry: false })(post(undefined, { signal: controller.signal }), call).catch(
      (e: unknown) => e,
    );
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    expect((aborted as RequestAbortedError).cause).toEqual(new Error("user left"));
  });

  it("builds a Request for a fetch of your own, and for a body that is not a string", async () => {
    const sent = stubPlatformFetch(json);
    const seen: unknown[] = [];
    const own: FetchFunction = async (request) => {
      seen.push(request);
      return json();
    };
    await createSender({ fetch: own })(post(), undefined);
    expect(seen[0]).toBeInstanceOf(Request);
    await createSender({})(post(undefined, { body: new URLSearchParams({ name: "Acme" }) }), undefined);
    expect(sent[0]?.input).toBeInstanceOf(Request);
    expect(sent[0]?.body).toBe("name=Acme");
  });
});

describe("the transport reading a body a fetch of another kind streams", () => {
  /** A fetch answering 200 with a body streamed as `chunks`, then ended (or cut short by `failure`). */
  function streaming(headers: Record<string, string>, chunks: unknown[], failure?: Error) {
    const { fetch, sent } = scripted(async () => {
      let pulls = 0;
      // The failure comes with the second pull: erroring at once would drop the chunks still queued.
      const body = new ReadableStream({
        pull(controller) {
          if (pulls++ === 0) {
            for (const chunk of chunks) controller.enqueue(chunk);
            if (!failure) controller.close();
          } else if (failure) controller.error(failure);
        },
      });
      return new Response(body as ReadableStream<Uint8Array>, { status: 200, headers });
    });
    return { send: createTransport({ fetch, retry: FAST }), sent };
  }

  it.each([
    ["ArrayBuffers", [new TextEncoder().encode("he").buffer, new TextEncoder().encode("llo").buffer]],
    ["a string", ["hello"]],
  ])("refuses chunks that are not bytes (%s) without sending again", async (_, chunks) => {
    const { send, sent } = streaming({ "Content-Length": "5" }, chunks);
    const error = await send(new Request("https://kimai.test/api/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PunchclockError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("not a Uint8Array");
    expect(sent).toHaveLength(1);
  });

  it("takes the bytes of another realm (a test environment's own Uint8Array, a Buffer)", async () => {
    const foreign = runInNewContext("new Uint8Array([104, 101, 108])") as Uint8Array;
    expect(foreign).not.toBeInstanceOf(Uint8Array);
    const { send } = streaming({ "Content-Length": "5" }, [foreign, Buffer.from("lo")]);
    expect(await (await send(new Request("https://kimai.test/api/x"))).text()).toBe("hello");
  });

  it("copies a lone chunk that is a view into a larger buffer, so the response holds only its body", async () => {
    const slab = new Uint8Array(1024 * 1024);
    slab.set(new TextEncoder().encode("hello"), 100);
    const { send } = streaming({ "Content-Length": "5" }, [slab.subarray(100, 105)]);
    const response = await send(new Request("https://kimai.test/api/x"));
    expect(bufferedBody(response)?.buffer.byteLength).toBe(5);
    expect(await response.text()).toBe("hello");
  });

  it.each([
    ["10", "(3 of 10 bytes read)"],
    ["abc", "(3 bytes read)"],
    ["10, 10", "(3 bytes read)"],
    ["", "(3 bytes read)"],
  ])("says how much of a body cut short arrived (Content-Length %j)", async (length, says) => {
    const { send } = streaming({ "Content-Length": length }, [new Uint8Array([1, 2, 3])], new TypeError("terminated"));
    const error = await send(new Request("https://kimai.test/api/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain(says);
  });

  // The codes Node's fetch gives the cause of its "terminated" TypeError; zstd's as Node 24 reports it.
  it.each([
    ["gzip", "Z_DATA_ERROR"],
    ["br", "ERR__ERROR_FORMAT_PADDING_1"],
    ["zstd", "ZSTD_error_prefix_unknown"],
  ])("refuses a %s body that does not decompress (%s) without sending again", async (encoding, code) => {
    const refused = Object.assign(new Error("the decoder refused the body"), { code });
    const failure = new TypeError("terminated", { cause: refused });
    const { send, sent } = streaming({ "Content-Encoding": encoding }, [new Uint8Array([1])], failure);
    const error = await send(new Request("https://kimai.test/api/x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PunchclockError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain(`does not decompress (Content-Encoding ${encoding})`);
    expect(sent).toHaveLength(1);
  });
});
