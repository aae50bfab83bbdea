// Both clients in a real browser: headless Chromium loads a page from one loopback origin, whose bundle
// (esbuild, platform browser, no Node polyfills) calls the sandbox (Prism) on two other loopback origins. So
// every call is cross-origin: Chromium sends CORS preflights for Authorization, X-MiteApiKey and
// X-MiteAccount, and enforces the answers, as it would for an app calling Kimai or mite.
//
// The network is closed by a gate rather than `page.route`: with any route registered, Playwright answers
// CORS preflights itself (allowing everything), so the sandbox's own answers would go untested. The browser
// context uses the gate as its HTTP proxy for every request, loopback included; the gate forwards requests
// to the page's and the sandbox's origins, records them (preflights too), and refuses everything else.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { startSandbox } from "@punchclock/sandbox/src/sandbox.ts";
import { type BuildOptions, build } from "esbuild";
import nock from "nock";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserClients } from "../fixtures/clients.ts";
import { launchChromium, openBundlePage } from "../src/chromium.mjs";

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const entry = fileURLToPath(new URL("../fixtures/clients.ts", import.meta.url));

/** How an application would bundle the clients for the browser: no Node built-ins, no polyfills. */
const bundleOptions: BuildOptions = {
  bundle: true,
  platform: "browser",
  format: "esm",
  target: "es2022",
  write: false,
  metafile: true,
  logLevel: "silent",
};

/** A request the browser sent through the gate, with what matters for CORS. */
interface Exchange {
  method: string;
  url: string;
  origin: string | undefined;
  /** `Access-Control-Request-Headers` of a preflight, as sent. */
  requestHeaders: string[];
  miteAccount: string | undefined;
  status: number;
  contentType: string | undefined;
  allowOrigin: string | undefined;
  allowHeaders: string[];
}

let sandbox: Sandbox;
let pageServer: Server;
let gate: Server;
let pageOrigin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let bundle: { code: string; inputs: string[] };
const exchanges: Exchange[] = [];
/** Everything the browser tried to reach outside the page's and the sandbox's origins: refused. */
const blocked: string[] = [];
/** Every URL the page requested, as Playwright saw it. */
const requested: string[] = [];

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!server?.listening) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Two ports nothing listens on, for the sandbox (which checks them again before it starts). */
async function freePorts(): Promise<[number, number]> {
  const probes = [createServer(), createServer()];
  const ports = await Promise.all(probes.map(listen));
  await Promise.all(probes.map(close));
  return ports as [number, number];
}

/** The HTTP proxy of the browser context: forwards to `allowed` origins and records, refuses the rest. */
function startGate(allowed: () => Set<string>): Server {
  const server = createServer((request, response) => {
    let target: URL;
    try {
      target = new URL(request.url ?? "");
    } catch {
      blocked.push(`${request.method} ${request.url}`);
      return void response.writeHead(400).end();
    }
    if (!allowed().has(target.origin)) {
      blocked.push(`${request.method} ${target.href}`);
      return void response.writeHead(403, { "Content-Type": "text/plain" }).end("blocked by the test's gate");
    }
    const headers: IncomingHttpHeaders = { ...request.headers };
    delete headers["proxy-connection"];
    delete headers["proxy-authorization"];
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: request.method, path: `${target.pathname}${target.search}`, headers },
      (answer) => {
        exchanges.push({
          method: request.method ?? "",
          url: target.href,
          origin: single(request.headers.origin),
          requestHeaders: list(request.headers["access-control-request-headers"]),
          miteAccount: single(request.headers["x-miteaccount"]),
          status: answer.statusCode ?? 0,
          contentType: answer.headers["content-type"],
          allowOrigin: single(answer.headers["access-control-allow-origin"]),
          allowHeaders: list(answer.headers["access-control-allow-headers"]),
        });
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  // HTTPS (and WebSockets) through a proxy start with CONNECT: never to anywhere but loopback here.
  server.on("connect", (request, socket) => {
    blocked.push(`CONNECT ${request.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  return server;
}

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  const result = await build({ ...bundleOptions, entryPoints: [entry] });
  bundle = { code: result.outputFiles?.[0]?.text ?? "", inputs: Object.keys(result.metafile?.inputs ?? {}) };

  pageServer = createServer((request, response) => {
    if (request.url === "/") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return void response.end(
        '<!doctype html><html><head><meta charset="utf-8"><title>punchclock in the browser</title>' +
          '<script type="module" src="/clients.js"></script></head><body></body></html>',
      );
    }
    if (request.url === "/clients.js") {
      response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
      return void response.end(bundle.code);
    }
    response.writeHead(404).end();
  });
  pageOrigin = `http://127.0.0.1:${await listen(pageServer)}`;

  const [kimaiPort, mitePort] = await freePorts();
  sandbox = await startSandbox({ kimaiPort, mitePort });
  const allowed = new Set([pageOrigin, sandbox.kimaiUrl, sandbox.miteUrl]);
  gate = startGate(() => allowed);
  const gatePort = await listen(gate);

  browser = await launchChromium();
  // No bypass list: Playwright then sends loopback through the proxy too, so the gate sees every request.
  context = await browser.newContext({ proxy: { server: `http://127.0.0.1:${gatePort}` } });
  page = await context.newPage();
  page.on("request", (request) => void requested.push(request.url()));
  await openBundlePage(page, `${pageOrigin}/`, "punchclock");
}, 600_000); // launchChromium may install Chromium first (CI, a fresh machine); the rest takes seconds

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await Promise.all([close(gate), close(pageServer)]);
  await sandbox?.stop();
  nock.disableNetConnect();
});

/** Runs one of the bundle's functions in the page. */
function inPage<K extends keyof BrowserClients>(
  name: K,
  ...args: Parameters<BrowserClients[K]>
): Promise<Awaited<ReturnType<BrowserClients[K]>>> {
  return page.evaluate(([fn, fnArgs]) => (window.punchclock[fn] as (...a: unknown[]) => Promise<unknown>)(...fnArgs), [
    name,
    args,
  ] as const) as Promise<Awaited<ReturnType<BrowserClients[K]>>>;
}

/** The preflights the gate forwarded to `origin`, and the sandbox's answers. */
const preflightsTo = (origin: string) => exchanges.filter(({ method, url }) => method === "OPTIONS" && url.startsWith(origin));

describe("the browser bundle", () => {
  it("builds for the browser with the XML codec in it", () => {
    expect(bundle.code.length).toBeGreaterThan(0);
    expect(bundle.inputs.some((input) => input.includes("/saxes/"))).toBe(true);
    expect(bundle.inputs.some((input) => input.includes("openapi-fetch"))).toBe(true);
    expect(bundle.code).not.toMatch(/from\s*["']node:/);
  });

  it("fails to build on a Node-only import, so the clients' bundle has none", async () => {
    const failure = await build({
      ...bundleOptions,
      stdin: { contents: 'import { readFileSync } from "node:fs"; console.log(readFileSync);', resolveDir: process.cwd() },
    }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/node:fs/);
  });
});

describe("in Chromium, across origins", () => {
  it("calls Kimai with a bearer token, after a preflight the sandbox allows", async () => {
    const result = await inPage("kimai", sandbox.kimaiUrl);
    expect(result.version).toBe("2.65.0");
    expect(result.customers).toContain("Globex");
    const preflight = preflightsTo(sandbox.kimaiUrl).find(({ requestHeaders }) => requestHeaders.includes("authorization"));
    expect(preflight, "a preflight for Authorization").toBeDefined();
    expect(preflight).toMatchObject({ origin: pageOrigin, status: 204, allowOrigin: pageOrigin });
    expect(preflight?.allowHeaders).toContain("authorization");
  });

  it("calls mite in JSON and in XML (decoded in the browser) with the same values", async () => {
    const json = await inPage("mite", sandbox.miteUrl, "json");
    const xml = await inPage("mite", sandbox.miteUrl, "xml");
    expect(json.format).toBe("json");
    expect(xml.format).toBe("xml");
    expect(json.account).toEqual({ name: "demo", title: "Demo GmbH", currency: "EUR" });
    expect(json.customers.map(({ name }) => name)).toEqual(["Big Inc.", "Acme"]);
    expect(json.customers).toContainEqual({ id: 643, name: "Acme", hourlyRate: 6000 });
    expect(xml).toEqual({ ...json, format: "xml" });
    // Each format went over the wire as itself: the XML values were decoded in the browser (saxes).
    const customers = (path: string) =>
      exchanges.find(({ method, url }) => method === "GET" && url === `${sandbox.miteUrl}${path}`)?.contentType;
    expect(customers("/customers.json")).toMatch(/^application\/json/);
    expect(customers("/customers.xml")).toMatch(/^application\/xml/);
    const preflight = preflightsTo(sandbox.miteUrl).find(({ requestHeaders }) => requestHeaders.includes("x-miteapikey"));
    expect(preflight, "a preflight for X-MiteApiKey").toMatchObject({ origin: pageOrigin, status: 204, allowOrigin: pageOrigin });
    expect(preflight?.allowHeaders).toContain("x-miteapikey");
  });

  it("calls mite through its CORS host mode, the account in X-MiteAccount", async () => {
    const json = await inPage("miteCors", sandbox.miteUrl, "json");
    const xml = await inPage("miteCors", sandbox.miteUrl, "xml");
    expect(json).toEqual({ format: "json", account: "demo", customers: ["Big Inc.", "Acme"] });
    expect(xml).toEqual({ ...json, format: "xml" });
    const preflight = preflightsTo(sandbox.miteUrl).find(({ requestHeaders }) => requestHeaders.includes("x-miteaccount"));
    expect(preflight, "a preflight for X-MiteAccount").toMatchObject({
      origin: pageOrigin,
      status: 204,
      allowOrigin: pageOrigin,
    });
    expect(preflight?.allowHeaders).toEqual(expect.arrayContaining(["x-miteaccount", "x-miteapikey"]));
    const withAccount = exchanges.filter(({ method, miteAccount }) => method === "GET" && miteAccount === "demo");
    expect(withAccount.map(({ url }) => new URL(url).pathname)).toEqual(
      expect.arrayContaining(["/account.json", "/customers.json", "/account.xml", "/customers.xml"]),
    );
  });

  it("throws typed errors for cross-origin error answers", async () => {
    const errors = await inPage("errors", sandbox.kimaiUrl, sandbox.miteUrl);
    expect(errors.kimai).toMatchObject({ name: "AuthenticationError", status: 401, punchclock: true });
    expect(errors.miteJson).toMatchObject({ name: "AuthenticationError", status: 401, punchclock: true });
    expect(errors.miteXml).toMatchObject({ name: "AuthenticationError", status: 401, punchclock: true });
    // mite's own message (its 401 body is JSON in either format), read across origins.
    expect(errors.miteJson.message).toContain("Access denied. Please check your credentials.");
    expect(errors.miteXml.message).toBe(errors.miteJson.message);
  });

  it("sent nothing beyond the page's and the sandbox's loopback origins", () => {
    expect(blocked).toEqual([]);
    const origins = new Set(requested.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([pageOrigin, sandbox.kimaiUrl, sandbox.miteUrl].sort());
    // Every response the browser got came through the gate, so the sandbox answered every call itself.
    expect(exchanges.every(({ status }) => status > 0)).toBe(true);
  });

  it("cannot reach anything but loopback: the gate refuses it", async () => {
    const probes = ["http://example.com/", "https://example.com/"];
    for (const url of probes) expect(await inPage("probe", url)).toMatchObject({ name: "TypeError", punchclock: false });
    expect(blocked).toEqual(["GET http://example.com/", "CONNECT example.com:443"]);
  });
});
