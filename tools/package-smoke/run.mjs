#!/usr/bin/env node
// The installed-package test: packs @punchclock/core, kimai and mite as they would be published, installs the
// tarballs with npm into a fresh project outside the workspace, runs the same script as ESM and as
// CommonJS, and type-checks a TypeScript consumer under moduleResolution nodenext (ESM and CJS files) and
// bundler. Nothing in the workspace can help: no pnpm links, no hoisted devDependencies, no tsconfig paths.
// Needs the built packages (pnpm run build) and the npm registry (for openapi-fetch and saxes).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const fixtures = join(here, "fixtures");
const packages = ["core", "kimai", "mite"];
const keep = process.argv.includes("--keep");

const started = performance.now();
const step = (message) => console.log(`\n-- ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

for (const name of packages) {
  try {
    readFileSync(join(root, "packages", name, "dist", "index.js"));
  } catch {
    console.error(`packages/${name}/dist is missing: run pnpm run build first`);
    process.exit(1);
  }
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

  step("the same script as ESM and as CommonJS");
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
  // Both run even when the first fails: which formats fail tells more than the first failure alone.
  const failed = [];
  for (const script of ["smoke.mjs", "smoke.cjs"]) {
    try {
      process.stdout.write(run(process.execPath, [script], project));
    } catch {
      failed.push(script);
    }
  }
  if (failed.length > 0) throw new Error(`failed: ${failed.join(", ")}`);

  step("type-check a TypeScript consumer: nodenext (.mts and .cts) and bundler (.ts)");
  const consumer = readFileSync(join(fixtures, "consumer.ts"), "utf8");
  for (const extension of ["mts", "cts", "ts"]) writeFileSync(join(project, `consumer.${extension}`), consumer);
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) cpSync(join(fixtures, config), join(project, config));
  const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json"]) {
    process.stdout.write(run(process.execPath, [tsc, "-p", config], project));
    console.log(`ok: ${config}`);
  }

  step("passed");
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
