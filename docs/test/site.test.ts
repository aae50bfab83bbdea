// The built documentation site, opened as a reader would: in headless Chromium, served from loopback, with
// every other network request blocked. Every public operation of both specs must be rendered, and the
// TypeScript reference must list the three packages. A screenshot of each page lands in test-results/.
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "@punchclock/browser";
import { listOperations, loadBundledSpec } from "@punchclock/generate/load-spec";
import nock from "nock";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const site = fileURLToPath(new URL("../dist/", import.meta.url));
const screenshots = fileURLToPath(new URL("../test-results/screenshots/", import.meta.url));
const specsDir = fileURLToPath(new URL("../../specs/", import.meta.url));
const MEDIA_TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

let server: Server;
let origin: string;
let browser: Browser;
/** Requests the pages tried to send anywhere but the site: blocked, and listed for the assertions. */
const blocked: string[] = [];

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(site, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      response.writeHead(200, { "Content-Type": MEDIA_TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no address");
  origin = `http://127.0.0.1:${address.port}`;
  browser = await launchChromium();
  mkdirSync(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  nock.disableNetConnect();
});

/** Opens a page of the site with the network closed except for the site itself. */
async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort("internetdisconnected");
  });
  await page.goto(`${origin}/${path}`, { waitUntil: "load" });
  return page;
}

describe.each(["kimai", "mite"] as const)("%s API reference", (api) => {
  it("renders every public operation of the spec without the network", async () => {
    const spec = await loadBundledSpec(`${specsDir}${api}/openapi.yaml`, { alias: `${api}-docs` });
    const operations = listOperations(spec);
    const page = await open(`${api}.html`);
    const rendered = new Set<string>();
    // The renderer shows one tag per page, and an operation once it is navigated to: open each operation
    // from the navigation and check that its section is on the page.
    for (const [index, { operation, operationId }] of operations.entries()) {
      const slug = (operation.tags as string[])[0]?.toLowerCase().replace(/[^a-z0-9]+/g, "-");
      const id = `${slug}/${operationId.toLowerCase()}`;
      const link = page.locator(`a[href$="/${id}"]`).first();
      if (!(await link.isVisible()))
        await page
          .getByText((operation.tags as string[])[0] ?? "", { exact: true })
          .first()
          .click();
      await link.click();
      await page.waitForSelector(`[id="${id}"]`, { state: "attached", timeout: 15_000 });
      if (await page.locator(`[id="${id}"]`).getByText(operation.summary).count()) rendered.add(operationId);
      if (index === 0) await page.screenshot({ path: `${screenshots}${api}.png` });
    }
    const missing = operations.map(({ operationId }) => operationId).filter((operationId) => !rendered.has(operationId));
    expect(missing, "operations whose section does not show their summary").toEqual([]);
    await page.close();
  }, 180_000);

  it("leaves out the internal operations", async () => {
    const all = listOperations(await loadBundledSpec(`${specsDir}${api}/openapi.yaml`));
    const html = readFileSync(`${site}${api}.html`, "utf8");
    for (const { operation } of all.filter(({ operation }) => operation["x-internal"] === true)) {
      expect(html).not.toContain(`"operationId":"${operation.operationId}"`);
    }
  });
});

describe("the site", () => {
  it("has an index that links both references and the TypeScript reference", async () => {
    const page = await open("index.html");
    const links = await page.$$eval("a", (anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["kimai.html", "mite.html", "api/index.html"]));
    await page.screenshot({ path: `${screenshots}index.png` });
    await page.close();
  });

  it("documents the three packages' TypeScript API", async () => {
    const page = await open("api/index.html");
    const text = await page.locator("body").textContent();
    for (const name of ["@punchclock/core", "@punchclock/kimai", "@punchclock/mite"]) expect(text).toContain(name);
    await page.screenshot({ path: `${screenshots}api.png` });
    await page.close();
    const client = await open("api/index.html");
    await client.getByRole("link", { name: "@punchclock/kimai" }).first().click();
    await client.waitForLoadState("load");
    expect(await client.locator("body").textContent()).toContain("createKimaiClient");
    await client.close();
  });

  it("needed nothing from the network that it did not get", () => {
    // Blocked requests are only optional extras (icons); the assertions above show the pages work without them.
    expect(blocked.filter((url) => /\.js(\?|$)/.test(url))).toEqual([]);
  });
});
