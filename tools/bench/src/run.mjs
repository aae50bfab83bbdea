// `pnpm bench`: every row of the performance table as a ratio against its anchor measured in the same run
// (bare openapi-fetch, raw fetch, a bare saxes pass, JSON.parse), in interleaved rounds so that drift of the
// machine hits both sides alike; prints medians with their range and writes results/latest.json. The client
// rows run each contender in a process of its own (contender.mjs). Run with `node --expose-gc` (the package
// script does) so every block of the in-process rows (XML decode, prefetch) starts after a collection.
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { paginate } from "@punchclock/core";
import { decodeRailsXml, encodeRailsXml } from "@punchclock/core/xml";
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import { startBrowserContenders } from "./browser-cpu.mjs";
import { BUDGETS, measureBundles } from "./bundle-size.mjs";
import { timeEntries } from "./fixtures.mjs";
import { MAX_UNWRAP_SHARE, measureTypes } from "./type-budget.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
/**
 * Rounds of the client rows (CPU, loopback, mite): their blocks are short, and with 15 or 21 rounds their
 * medians moved by +-0.05 to 0.08 from run to run. The XML decode and prefetch rows set their own.
 */
const CLIENT_ROUNDS = quick ? 5 : 31;
const gc = globalThis.gc ?? (() => undefined);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/**
 * Times every contender once per round, in an order that rotates each round; `run()` does one block of work
 * and returns its size (calls, bytes), so the result is time per unit, or `{ units, ms }` when it timed
 * itself (a contender in its own process, see {@link inProcesses}). Returns `{ name: [ms per unit, ...] }`.
 */
async function interleaved(contenders, rounds, warmUps = 1) {
  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const names = Object.keys(contenders);
  for (let i = 0; i < warmUps; i++) for (const name of names) await contenders[name](); // JIT, connections
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const started = performance.now();
      const result = await contenders[name]();
      times[name].push(typeof result === "number" ? (performance.now() - started) / result : result.ms / result.units);
    }
  }
  return times;
}

/**
 * The per-call rows' contenders, each alone in a process of its own (`contender.mjs`), started together and
 * run in interleaved rounds from here; `work(contenders)` gets functions that run one block and return
 * `{ units, ms }`. No collection is forced: each process pays for its own garbage, which a forced
 * collection before each block had made up to twice as costly (BENCHMARKS.md, "Method").
 */
async function inProcesses(scenario, names, work, baseUrl = "") {
  const children = names.map((name) =>
    fork(join(here, "contender.mjs"), [scenario, name, baseUrl, ...(quick ? ["--quick"] : [])], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  try {
    await Promise.all(children.map((child) => ask(child, undefined)));
    const contenders = Object.fromEntries(names.map((name, i) => [name, () => ask(children[i], "run")]));
    return await work(contenders);
  } finally {
    for (const child of children) if (child.connected) child.disconnect();
  }
}

/** A block takes well under a second; one that takes this long means the child hangs. */
const BLOCK_TIMEOUT_MS = 120_000;

/**
 * Sends `message` to `child` (none: just waits) and resolves with its next message; rejects when the child
 * has exited or exits first, when sending fails, or after {@link BLOCK_TIMEOUT_MS}.
 */
function ask(child, message) {
  return new Promise((resolve, reject) => {
    const settle = (finish) => {
      clearTimeout(timer);
      child.off("exit", exited);
      child.off("error", failed);
      child.off("message", answered);
      finish();
    };
    const exited = (code, signal) =>
      settle(() => reject(new Error(`a bench process exited (${code ?? signal}) before answering`)));
    const failed = (error) => settle(() => reject(error));
    const answered = (reply) => settle(() => resolve(reply));
    const timer = setTimeout(
      () => settle(() => reject(new Error(`a bench process did not answer in ${BLOCK_TIMEOUT_MS / 1000} s`))),
      BLOCK_TIMEOUT_MS,
    );
    if (child.exitCode !== null || child.signalCode !== null) {
      exited(child.exitCode, child.signalCode);
      return;
    }
    child.once("exit", exited);
    child.once("error", failed);
    child.once("message", answered);
    if (message !== undefined) child.send(message, (error) => error && failed(error));
  });
}

/** {@link interleaved} for in-process contenders that allocate much per block: a collection before each. */
async function interleavedAfterGc(contenders, rounds, warmUps = 1) {
  const collected = Object.fromEntries(
    Object.entries(contenders).map(([name, run]) => [
      name,
      async () => {
        gc();
        const started = performance.now();
        const units = await run();
        return { units, ms: performance.now() - started };
      },
    ]),
  );
  return interleaved(collected, rounds, warmUps);
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

async function clientCpu() {
  const names = ["punchclock", "bare"];
  // Three warm-up blocks: each process compiles its own code.
  const times = await inProcesses("cpu", names, (contenders) => interleaved(contenders, CLIENT_ROUNDS, 3));
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
  const custom = await inProcesses("cpu-own-fetch", names, (contenders) => interleaved(contenders, CLIENT_ROUNDS, 3));
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

/** The client CPU row again, in headless Chromium (browser-cpu.mjs); no bar: it shows the browser's cost. */
async function browserCpu() {
  const started = await startBrowserContenders({ calls: quick ? 500 : 2000 });
  const what = "client CPU per call in Chromium, stubbed fetch: punchclock / bare openapi-fetch";
  if (started.skipped) {
    console.log(`  ${what}: skipped (${started.skipped})`);
    return;
  }
  let times;
  try {
    times = await interleaved(started.contenders, CLIENT_ROUNDS, 3);
  } finally {
    await started.close();
  }
  const ratio = summary(ratios(times.punchclock, times.bare));
  row("cpu-browser", what, {
    ratio,
    bar: "-",
    detail: `${us(times.punchclock)} vs ${us(times.bare)} per call`,
    values: {
      punchclockUs: summary(times.punchclock.map((ms) => ms * 1000)),
      bareUs: summary(times.bare.map((ms) => ms * 1000)),
    },
  });
}

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
  for (const id of ["loopback-single", "loopback-list"]) {
    const times = await inProcesses(
      id,
      ["punchclock", "bare", "fetch"],
      (contenders) => interleaved(contenders, CLIENT_ROUNDS, 3),
      baseUrl,
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

  const times = await inProcesses(
    "mite-list",
    ["xml", "json"],
    (contenders) => interleaved(contenders, CLIENT_ROUNDS, 3),
    baseUrl,
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
  const times = await interleavedAfterGc(
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
  const times = await interleavedAfterGc({ sequential: () => iterate(false), prefetch: () => iterate(true) }, quick ? 3 : 5);
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
      detail: `${kb(size.initial)} (${(size.initial / anchor).toFixed(1)}x bare openapi-fetch's ${kb(anchor)})${size.lazy ? `, ${kb(size.lazy)} lazy (the XML codec, the ETag cache, the page loop)` : ""}${size.xmlCodec ? ", XML codec included" : ", no XML codec"}`,
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
console.log(
  `punchclock bench: Node ${process.version}, ${cpus().length} cores, ${CLIENT_ROUNDS} rounds per client row${quick ? " (quick)" : ""}\n`,
);
if (want("cpu")) await clientCpu();
if (want("browser")) await browserCpu();
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
