// The parts of the clients that load on first use, in a real browser: the fixture is bundled with code
// splitting (esbuild, as an application would), so mite's XML mode (its encoder and decoder), the ETag cache
// and the paginator's page loop are chunks Chromium fetches when they are first needed. The page's server refuses each of those chunks
// once (503, as a server being redeployed, or a flaky network, would), and the test checks what the caller
// gets: one of punchclock's errors (or, for the cache, the response without the cache), and success on the
// next call, because neither punchclock nor Chromium keeps a failed import.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import nock from "nock";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LazyCalls, Outcome } from "../fixtures/lazy.ts";
import { launchChromium, openBundlePage } from "../src/chromium.mjs";

const entry = fileURLToPath(new URL("../fixtures/lazy.ts", import.meta.url));

/** The bundle's files by name, and which chunk holds each lazily loaded part. */
const files = new Map<string, string>();
const chunkOf: Record<"xmlMode" | "cache" | "pageLoop", string> = { xmlMode: "", cache: "", pageLoop: "" };
/** Chunk names the server refuses the next time they are asked for. */
const refuseOnce = new Set<string>();
/** Every chunk request: name and status. */
const served: { name: string; status: number }[] = [];

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;

function listen(target: Server): Promise<number> {
  return new Promise((resolve) => target.listen(0, "127.0.0.1", () => resolve((target.address() as AddressInfo).port)));
}

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    outdir: "/virtual",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  for (const file of result.outputFiles) files.set(basename(file.path), file.text);
  const outputs = result.metafile.outputs;
  const entryName = basename(Object.keys(outputs).find((name) => outputs[name]?.entryPoint) ?? "");
  // The chunks the entry imports statically are loaded with the page; the others are the lazy parts.
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const imported of outputs[`virtual/${name}`]?.imports ?? []) {
      if (imported.kind === "import-statement") visit(basename(imported.path));
    }
  };
  visit(entryName);
  for (const [name, text] of files) {
    if (initial.has(name)) continue;
    if (text.includes("SaxesParser")) chunkOf.xmlMode = name;
    if (/function etagCache\(/.test(text)) chunkOf.cache = name;
    if (/function\* iteratePages\(/.test(text)) chunkOf.pageLoop = name;
  }

  server = createServer((request, response) => {
    const name = (request.url ?? "/").slice(1);
    if (name === "") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return void response.end(`<!doctype html><script type="module" src="/${entryName}"></script>`);
    }
    const text = files.get(name);
    const status = text === undefined ? 404 : refuseOnce.delete(name) ? 503 : 200;
    served.push({ name, status });
    if (status !== 200) return void response.writeHead(status).end();
    response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
    response.end(text);
  });
  origin = `http://127.0.0.1:${await listen(server)}`;
  browser = await launchChromium();
  page = await browser.newPage();
  await openBundlePage(page, `${origin}/`, "punchclockLazy");
}, 600_000); // launchChromium may install Chromium first (CI, a fresh machine)

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => {
    if (!server?.listening) return resolve();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  nock.disableNetConnect();
});

function inPage<K extends keyof LazyCalls>(name: K): Promise<Awaited<ReturnType<LazyCalls[K]>>> {
  return page.evaluate((fn) => (window.punchclockLazy[fn] as () => Promise<unknown>)(), name) as Promise<
    Awaited<ReturnType<LazyCalls[K]>>
  >;
}

const requestsOf = (name: string) => served.filter((request) => request.name === name).map(({ status }) => status);

describe("the lazily loaded chunks", () => {
  it("are chunks of their own, none loaded with the page", () => {
    expect(chunkOf.xmlMode, "the chunk of mite's XML mode").not.toBe("");
    expect(chunkOf.cache, "the ETag cache's chunk").not.toBe("");
    expect(chunkOf.pageLoop, "the page loop's chunk").not.toBe("");
    expect(new Set(Object.values(chunkOf)).size).toBe(3);
    for (const name of Object.values(chunkOf)) expect(requestsOf(name)).toEqual([]);
  });
});

describe("in Chromium, when a chunk cannot be loaded once", () => {
  it("mite's XML mode: a call fails with a PunchclockError before anything is sent, the next call loads it", async () => {
    refuseOnce.add(chunkOf.xmlMode);
    const failed = await inPage("decodeXml");
    expect(failed).toMatchObject({ ok: false, name: "PunchclockError", punchclock: true });
    expect((failed as Extract<Outcome, { ok: false }>).message).toBe(
      "GET /customers/{id} (getCustomer): mite's XML format code could not be loaded; the request was not sent",
    );
    // Chromium's own words, kept as the cause.
    expect((failed as Extract<Outcome, { ok: false }>).cause).toMatch(/dynamically imported module/);
    expect(await inPage("miteRequests")).toBe(0);
    expect(await inPage("decodeXml")).toEqual({ ok: true, value: { customer: { id: 643, name: "Acme" } } });
    expect(requestsOf(chunkOf.xmlMode)).toEqual([503, 200]);
    // Loaded now: a body is written as XML, and mite's error document is decoded into its JSON shape.
    expect(await inPage("refusedXml")).toMatchObject({
      name: "UnprocessableEntityError",
      status: 422,
      body: { error: "can't be blank", errors: [{ on: "name", message: "can't be blank" }] },
    });
    expect(await inPage("miteRequests")).toBe(2);
  });

  it("the ETag cache: the request goes on without it and logs why, the next one loads it", async () => {
    refuseOnce.add(chunkOf.cache);
    const customer = { ok: true, value: { id: 1, name: "Globex" } };
    expect(await inPage("cachedGet")).toEqual(customer);
    expect(await inPage("cachedGet")).toEqual(customer); // loads the cache, stores the response
    expect(await inPage("cachedGet")).toEqual(customer); // revalidated: a 304 answered from the store
    const { conditional, cacheEvents } = await inPage("cacheState");
    expect(conditional).toEqual([null, null, '"v1"']);
    expect(cacheEvents.map(({ action }) => action)).toEqual(["error", "store", "hit"]);
    expect(cacheEvents[0]?.reason).toMatch(/^the ETag cache could not be loaded: Failed to fetch dynamically imported module/);
    expect(requestsOf(chunkOf.cache)).toEqual([503, 200]);
  });

  it("the page loop: the iteration fails with a PunchclockError, the next one pages through", async () => {
    refuseOnce.add(chunkOf.pageLoop);
    expect(await inPage("paginate")).toMatchObject({
      ok: false,
      name: "PunchclockError",
      punchclock: true,
      message: "Pagination: the paginator's code could not be loaded",
    });
    expect(await inPage("paginate")).toEqual({ ok: true, value: [{ id: 1 }, { id: 2 }] });
    expect(requestsOf(chunkOf.pageLoop)).toEqual([503, 200]);
  });
});
