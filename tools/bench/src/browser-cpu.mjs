// The client CPU row in a browser: the same calls as the Node row (GET of one ~1 kB Kimai customer, defaults
// on, the platform's fetch replaced by a stub that answers at once), bundled by esbuild as an app would be and
// run in headless Chromium (Debian's, through @punchclock/browser). The transport reads bodies chunk by chunk,
// which was measured faster than `arrayBuffer()` on Node (undici); this row shows what it costs where the
// body is a browser's stream. Each contender runs in a browser context of its own, so they share neither heap
// nor compiled code; rounds alternate between them and each block is timed in its page.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "@punchclock/browser";
import { build } from "esbuild";
import { customerJson } from "./fixtures.mjs";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Installs the stub as the page's fetch, and `window.benchBlock(calls)`, which runs `calls` sequential calls
 * and returns how long they took in the page. The entries are written one directory below this script.
 */
const PRELUDE = `import { stubFetch } from "../stub-fetch.mjs";
globalThis.fetch = stubFetch(${JSON.stringify(customerJson)});
const CUSTOMER = { params: { path: { id: 1 } } };
const timed = (call) => async (calls) => {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await call();
  return performance.now() - started;
};
`;

const CONTENDERS = {
  punchclock: `${PRELUDE}
import { bearerToken, createKimaiClient, unwrap } from "@punchclock/kimai";
const kimai = createKimaiClient({ baseUrl: "http://127.0.0.1", auth: bearerToken("token") });
window.benchBlock = timed(() => unwrap(kimai.GET("/api/customers/{id}", CUSTOMER)));`,
  bare: `${PRELUDE}
import createClient from "openapi-fetch";
const bare = createClient({ baseUrl: "http://127.0.0.1", headers: { Accept: "application/json" } });
window.benchBlock = timed(() => bare.GET("/api/customers/{id}", CUSTOMER));`,
};

/**
 * Starts the contenders in Chromium, each in a browser context of its own. Returns `{ contenders, close }`,
 * where each contender runs a block of `calls` calls and resolves `{ units, ms }` (timed in its page), for
 * run.mjs's interleaved rounds; or `{ skipped }` with the reason when Chromium cannot be launched here (the
 * row is then skipped, not failed).
 */
export async function startBrowserContenders({ calls }) {
  // The entries live next to this script, so `@punchclock/*` and openapi-fetch resolve to the workspace's.
  const dir = mkdtempSync(join(here, ".browser-cpu-"));
  const pages = {};
  try {
    for (const [name, source] of Object.entries(CONTENDERS)) {
      const entry = join(dir, `${name}.mjs`);
      writeFileSync(entry, source);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        minify: true,
        write: false,
        logLevel: "silent",
      });
      pages[name] = result.outputFiles[0].text;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const server = createServer((request, response) => {
    const name = (request.url ?? "/").slice(1).replace(/\.js$/, "");
    if (request.url?.endsWith(".js") && pages[name]) {
      response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
      return void response.end(pages[name]);
    }
    if (pages[name]) {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      return void response.end(`<!doctype html><script type="module" src="/${name}.js"></script>`);
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const close = async () => {
    await browser?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await close();
    return { skipped: `Chromium could not be launched: ${error.message}` };
  }
  try {
    const contenders = {};
    for (const name of Object.keys(pages)) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${origin}/${name}`, { waitUntil: "load" });
      await page.waitForFunction(() => typeof window.benchBlock === "function", undefined, { timeout: 10_000 });
      contenders[name] = async () => ({ units: calls, ms: await page.evaluate((n) => window.benchBlock(n), calls) });
    }
    return { contenders, close };
  } catch (error) {
    await close();
    throw error;
  }
}
