#!/usr/bin/env node
// spec -> src/generated/: `punchclock-generate <spec> <outDir> [--strip-path-suffix <suffix>]`
// Writes schema.ts (openapi-typescript) and operations.ts (METHOD + path template -> operationId).
import { mkdir, writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";
import { listOperations, loadBundledSpec } from "./load-spec.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { "strip-path-suffix": { type: "string" } },
});
const [specArg, outArg] = positionals;
if (!specArg || !outArg) {
  console.error("usage: punchclock-generate <spec> <outDir> [--strip-path-suffix <suffix>]");
  process.exit(2);
}
const specPath = resolve(specArg);
const outDir = resolve(outArg);
const repoRoot = resolve(import.meta.dirname, "../..");
const specName = relative(repoRoot, specPath);
const header = [
  `// This file is generated from ${specName} by tools/generate. Do not edit it:`,
  "// change the spec and run `pnpm generate`. CI regenerates it and fails when it differs.",
  "",
].join("\n");

const spec = await loadBundledSpec(specPath);

// openapi-typescript reads the bundled document, so type names follow the spec's component names.
// defaultNonNullable: false, because a default in a request body means "may be left out", not "always sent".
const ast = await openapiTS(spec, { alphabetize: false, immutable: false, defaultNonNullable: false });
const types = astToString(ast).replace(/^\/\*\*\n \* This file was auto-generated[\s\S]*?\*\/\n\n/, "");

const suffix = values["strip-path-suffix"] ?? "";
const clientPathOf = (path) => (suffix && path.endsWith(suffix) ? path.slice(0, -suffix.length) : path);
const listed = listOperations(spec);
const entries = listed.map(({ method, path, operationId }) => {
  return `  ${JSON.stringify(`${method} ${clientPathOf(path)}`)}: ${JSON.stringify(operationId)},`;
});
// The runtime refuses an empty success body where the spec promises one (a truncated response, not "no data").
const resolveResponse = (response) => {
  const ref = response?.$ref;
  return typeof ref === "string" ? spec.components?.responses?.[ref.split("/").at(-1)] : response;
};
const withoutBody = listed
  .filter(({ operation }) => {
    const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
    return successes.length > 0 && successes.every(([, response]) => !resolveResponse(response)?.content);
  })
  .map(({ operationId }) => `  ${JSON.stringify(operationId)},`);
const operations = [
  "/** Every operation of the spec: `METHOD /path/template` (as the client is called) -> operationId. */",
  "export const operations = {",
  ...entries,
  "} as const;",
  "",
  "/** The operationId of every operation in the spec. */",
  "export type OperationId = (typeof operations)[keyof typeof operations];",
  "",
  "/** The operationIds of the operations whose success responses have no body. */",
  "export const operationsWithoutBody = [",
  ...withoutBody,
  "] as const;",
  "",
].join("\n");

await mkdir(outDir, { recursive: true });
await writeFile(resolve(outDir, "schema.ts"), header + types);
await writeFile(resolve(outDir, "operations.ts"), header + operations);
console.log(`generated ${relative(process.cwd(), outDir)}/{schema,operations}.ts from ${specName}`);
