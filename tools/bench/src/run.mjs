// `pnpm bench`: every row of the performance table as a ratio against its anchor measured in the same run
// (bare openapi-fetch, raw fetch, a bare saxes pass, JSON.parse), in interleaved rounds so that drift of the
// machine hits both sides alike; prints medians with their range and writes results/latest.json.
// Run with `node --expose-gc` (the package script does) so every timed block starts after a collection.
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { encodeRailsXml, paginate } from "@punchclock/core";
import { decodeRailsXml } from "@punchclock/core/xml";
import { bearerToken, createKimaiClient, unwrap } from "@punchclock/kimai";
import { createMiteClient, miteApiKey } from "@punchclock/mite";
import { XMLParser } from "fast-xml-parser";
import createClient from "openapi-fetch";
import { SaxesParser } from "saxes";
import { BUDGETS, measureBundles } from "./bundle-size.mjs";
import { customerJson, timeEntries } from "./fixtures.mjs";
import { MAX_UNWRAP_SHARE, measureTypes } from "./type-budget.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const ROUNDS = quick ? 5 : 15;
const gc = globalThis.gc ?? (() => undefined);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/**
 * Times every contender once per round, in an order that rotates each round; `run()` does one block of work
 * and returns its size (calls, bytes), so the result is time per unit. Returns `{ name: [ms per unit, ...] }`.
 */
async function interleaved(contenders, rounds = ROUNDS) {
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const names = Object.keys(contenders);
  for (const name of names) await contenders[name](); // warm-up: JIT, connections
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      gc();
      const started = performance.now();
      const units = await contenders[name]();
      times[name].push((performance.now() - started) / units);
    }
  }
  return times;
}

/** Per-round ratios of `a` over `b` (the same rounds, so drift cancels). */
const ratios = (a, b) => a.map((value, i) => value / b[i]);

const rows = [];
function row(id, what, result) {
  rows.push({ id, what, ...result });
  const { ratio, bar, pass } = result;
  const range = ratio.min === undefined ? "" : ` (${fmt(ratio.min)}-${fmt(ratio.max)})`;
  console.log(
    `${pass === undefined ? " " : pass ? "✓" : "✗"} ${what}: ${fmt(ratio.median)}${range}  bar ${bar}  | ${result.detail}`,
  );
}
const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

const CUSTOMER = { params: { path: { id: 1 } } };
const kimaiOptions = (fetch) => ({ baseUrl: "http://127.0.0.1", auth: bearerToken("token"), ...(fetch ? { fetch } : {}) });

async function clientCpu() {
  const body = new TextEncoder().encode(customerJson);
  const headers = { "Content-Type": "application/json", "Content-Length": String(body.byteLength) };
  const stub = () => Promise.resolve(new Response(body, { status: 200, headers }));
  const calls = quick ? 500 : 2000;
  const contenders = (punchclock, bare) => ({
    punchclock: async () => {
      for (let i = 0; i < calls; i++) await unwrap(punchclock.GET("/api/customers/{id}", CUSTOMER));
      return calls;
    },
    bare: async () => {
      for (let i = 0; i < calls; i++) await bare.GET("/api/customers/{id}", CUSTOMER);
      return calls;
    },
  });
  // Defaults on, as the issue measures: neither client is given a fetch, and the platform's fetch is the stub
  // (both take it when they are made, as a test's nock or msw would replace it).
  const platformFetch = globalThis.fetch;
  globalThis.fetch = stub;
  let times;
  try {
    const punchclock = createKimaiClient(kimaiOptions());
    const bare = createClient({ baseUrl: "http://127.0.0.1", headers: { Accept: "application/json" } });
    // 31 rounds: the median of these short rounds moved by +-0.05 from run to run with 15.
    times = await interleaved(contenders(punchclock, bare), quick ? 5 : 31);
  } finally {
    globalThis.fetch = platformFetch;
  }
  const ratio = summary(ratios(times.punchclock, times.bare));
  row("cpu", "client CPU per call, stubbed fetch: punchclock / bare openapi-fetch", {
    ratio,
    bar: "<= 1.25",
    pass: ratio.median <= 1.25,
    detail: `${us(times.punchclock)} vs ${us(times.bare)} per call`,
    values: {
      punchclockUs: summary(times.punchclock.map((ms) => ms * 1000)),
      bareUs: summary(times.bare.map((ms) => ms * 1000)),
    },
  });
  // The same with the stub as both clients' `fetch` option, which each calls with a Request (openapi-fetch's
  // contract, which punchclock keeps): no bar, shown so the cost of that contract stays visible.
  const custom = await interleaved(
    contenders(
      createKimaiClient(kimaiOptions(stub)),
      createClient({ baseUrl: "http://127.0.0.1", fetch: stub, headers: { Accept: "application/json" } }),
    ),
  );
  const customRatio = summary(ratios(custom.punchclock, custom.bare));
  row("cpu-own-fetch", "client CPU per call, stub as the fetch option: punchclock / bare openapi-fetch", {
    ratio: customRatio,
    bar: "-",
    detail: `${us(custom.punchclock)} vs ${us(custom.bare)} per call`,
    values: {
      punchclockUs: summary(custom.punchclock.map((ms) => ms * 1000)),
      bareUs: summary(custom.bare.map((ms) => ms * 1000)),
    },
  });
}
const us = (ms) => `${(median(ms) * 1000).toFixed(1)} us`;

async function withServer(work) {
  const child = fork(join(here, "loopback-server.mjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const { port } = await new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("error", reject);
  });
  try {
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    child.disconnect();
  }
}

async function loopback(baseUrl) {
  const punchclock = createKimaiClient({ ...kimaiOptions(), baseUrl });
  const bare = createClient({ baseUrl, headers: { Accept: "application/json" } });
  for (const [id, path, init, count] of [
    ["loopback-single", "/api/customers/{id}", CUSTOMER, quick ? 100 : 300],
    ["loopback-list", "/api/customers", {}, quick ? 50 : 150],
  ]) {
    const times = await interleaved(
      {
        punchclock: async () => {
          for (let i = 0; i < count; i++) await unwrap(punchclock.GET(path, init));
          return count;
        },
        bare: async () => {
          for (let i = 0; i < count; i++) await bare.GET(path, init);
          return count;
        },
        fetch: async () => {
          for (let i = 0; i < count; i++) await (await fetch(`${baseUrl}${path.replace("{id}", "1")}`)).json();
          return count;
        },
      },
      quick ? 5 : 21,
    );
    const ratio = summary(ratios(times.punchclock, times.bare));
    row(
      id,
      `loopback node:http, sequential, ${id === "loopback-single" ? "one customer" : "list of 50"}: punchclock / bare openapi-fetch`,
      {
        ratio,
        bar: "<= 1.10",
        pass: ratio.median <= 1.1,
        detail: `${us(times.punchclock)} vs ${us(times.bare)} (raw fetch ${us(times.fetch)}) per request`,
      },
    );
  }

  const jsonClient = createMiteClient({ baseUrl, auth: miteApiKey("key") });
  const xmlClient = createMiteClient({ baseUrl, auth: miteApiKey("key"), format: "xml" });
  const count = quick ? 5 : 20;
  const times = await interleaved(
    {
      xml: async () => {
        for (let i = 0; i < count; i++) await unwrap(xmlClient.GET("/customers"));
        return count;
      },
      json: async () => {
        for (let i = 0; i < count; i++) await unwrap(jsonClient.GET("/customers"));
        return count;
      },
    },
    quick ? 5 : 21,
  );
  const ratio = summary(ratios(times.xml, times.json));
  row("mite-xml", "mite client, 500 customers on loopback: XML mode / JSON mode", {
    ratio,
    bar: "<= 3",
    pass: ratio.median <= 3,
    detail: `${(median(times.xml)).toFixed(2)} ms vs ${(median(times.json)).toFixed(2)} ms per list`,
  });
}

async function xmlDecode() {
  const entries = timeEntries(10_000);
  const xml = encodeRailsXml(entries);
  const json = JSON.stringify(entries);
  const bytes = xml.length;
  const saxesFloor = new SaxesParser({ xmlns: false, position: true });
  let texts = 0;
  saxesFloor.on("opentag", () => undefined);
  saxesFloor.on("text", () => void texts++);
  saxesFloor.on("closetag", () => undefined);
  const times = await interleaved(
    {
      decodeRailsXml: async () => {
        decodeRailsXml(xml);
        return bytes;
      },
      saxes: async () => {
        // The floor of any saxes-based decoder: the same events, nothing built, one parser for every round
        // (saxes resets itself when a document ends), as the decoder keeps one.
        saxesFloor.write(xml).close();
        return bytes;
      },
      fastXmlParser: async () => {
        new XMLParser({ ignoreAttributes: false }).parse(xml);
        return bytes;
      },
      jsonParse: async () => {
        JSON.parse(json);
        return bytes; // per byte of the XML document: the same records
      },
    },
    quick ? 3 : 7,
  );
  const speed = (name) => times[name].map((msPerByte) => 1000 / msPerByte / 1e6);
  const decoder = summary(speed("decodeRailsXml"));
  row("xml-decode", `Rails XML decode, 10,000 time entries (${(bytes / 1e6).toFixed(1)} MB): decodeRailsXml MB/s`, {
    ratio: decoder,
    bar: ">= 50",
    pass: decoder.median >= 50,
    detail: `bare saxes ${fmt(median(speed("saxes")))}, fast-xml-parser ${fmt(median(speed("fastXmlParser")))}, JSON.parse of the same records ${fmt(median(speed("jsonParse")))} (MB of XML per s); decodeRailsXml / saxes ${fmt(median(ratios(times.saxes, times.decodeRailsXml)))}`,
  });
}

async function prefetch() {
  const pages = 6;
  const latencyMs = 20;
  const workMs = 20;
  const sleep = (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  const iterate = async (prefetch) => {
    const paginator = paginate({
      prefetch,
      strategy: { hasNextPage: (context) => context.page < pages },
      async fetchPage(page, signal) {
        await sleep(latencyMs, signal);
        return { items: [page], response: new Response(null) };
      },
    });
    for await (const _ of paginator) await sleep(workMs);
    return 1;
  };
  const times = await interleaved({ sequential: () => iterate(false), prefetch: () => iterate(true) }, quick ? 3 : 5);
  const ratio = summary(ratios(times.prefetch, times.sequential));
  row("prefetch", `paginator, ${pages} pages, ${latencyMs} ms fetch + ${workMs} ms consumer work each: prefetch / sequential`, {
    ratio,
    bar: "overlap (< 1)",
    pass: ratio.median < 0.75,
    detail: `${median(times.prefetch).toFixed(0)} ms vs ${median(times.sequential).toFixed(0)} ms (ideal ${(pages + 1) * latencyMs} vs ${pages * (latencyMs + workMs)})`,
  });
}

async function bundles() {
  const sizes = await measureBundles();
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const anchor = sizes["openapi-fetch"].initial;
  for (const name of ["kimai-json", "mite-json", "mite-xml"]) {
    const size = sizes[name];
    const budget = BUDGETS[name];
    row(`bundle-${name}`, `${name} browser bundle, minified + brotli, kB loaded up front`, {
      ratio: { median: size.initial / 1000 },
      bar: budget === undefined ? "-" : `<= ${budget / 1000}`,
      pass: budget === undefined ? undefined : size.initial <= budget,
      detail: `${kb(size.initial)} (${(size.initial / anchor).toFixed(1)}x bare openapi-fetch's ${kb(anchor)})${size.lazy ? `, ${kb(size.lazy)} lazy (the XML decoder, the ETag cache)` : ""}${size.saxes ? ", saxes included" : ", no saxes"}`,
      bytes: size,
    });
  }
}

function types() {
  const result = measureTypes();
  row("types-unwrap", "tsc instantiations added by unwrap (5 calls), share of the calls' own", {
    ratio: { median: result.share },
    bar: `<= ${MAX_UNWRAP_SHARE}`,
    pass: result.share <= MAX_UNWRAP_SHARE,
    detail: `+${result.added} over ${result.calls - result.base} for the calls reading .data`,
    instantiations: result,
  });
}

const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice(7)
  .split(",");
const want = (name) => !only || only.includes(name);
console.log(`punchclock bench: Node ${process.version}, ${cpus().length} cores, ${ROUNDS} rounds${quick ? " (quick)" : ""}\n`);
if (want("cpu")) await clientCpu();
if (want("loopback")) await withServer(loopback);
if (want("xml")) await xmlDecode();
if (want("prefetch")) await prefetch();
if (want("bundle")) await bundles();
if (want("types")) types();

if (!only && !quick) {
  mkdirSync(join(here, "..", "results"), { recursive: true });
  const file = join(here, "..", "results", "latest.json");
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, rows }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${file}`);
}
