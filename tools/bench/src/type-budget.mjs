// Type-instantiation budget of `unwrap`: compiles types/calls.ts with `tsc --extendedDiagnostics` three
// ways (no calls; five calls; the same five calls in `unwrap`) and compares the instantiations. unwrap may
// add at most 20% to what the calls cost on their own. `--check` exits 1 over budget (CI, after the build).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
export const MAX_UNWRAP_SHARE = 0.2;

function instantiations(source, dir, name) {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, source);
  writeFileSync(
    join(dir, `tsconfig.${name}.json`),
    JSON.stringify({
      extends: "../../../../tsconfig.base.json",
      compilerOptions: {
        noEmit: true,
        noUnusedLocals: false,
        declaration: false,
        declarationMap: false,
        composite: false,
        incremental: false,
      },
      files: [`${name}.ts`],
    }),
  );
  let output;
  try {
    output = execFileSync(process.execPath, [tsc, "-p", join(dir, `tsconfig.${name}.json`), "--extendedDiagnostics"], {
      encoding: "utf8",
    });
  } catch (error) {
    throw new Error(`tsc failed on the ${name} fixture:\n${error.stdout}${error.stderr}`);
  }
  return Number(/Instantiations:\s+(\d+)/.exec(output)[1]);
}

/** `{ base, calls, unwrap, added, share }`: instantiations of the three programs. */
export function measureTypes() {
  const template = readFileSync(join(here, "..", "types", "calls.ts"), "utf8");
  if (/WRAP\(\s*$/m.test(template)) throw new Error("types/calls.ts: every WRAP(...) call must stay on one line");
  const dir = mkdtempSync(join(here, "..", "types", ".tmp-"));
  try {
    const base = instantiations(template.replace(/\/\/ CALLS-START[\s\S]*\/\/ CALLS-END/, ""), dir, "base");
    // Each call is one line, `const name = WRAP(call);` (keep them short enough for the formatter): read as
    // `(await call).data`, or `await unwrap(call)`.
    const calls = instantiations(template.replace(/WRAP\((.*)\);$/gm, "(await $1).data;"), dir, "calls");
    const unwrap = instantiations(template.replace(/WRAP\((.*)\);$/gm, "await unwrap($1);"), dir, "unwrap");
    const added = unwrap - calls;
    return { base, calls, unwrap, added, share: added / (calls - base) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measureTypes();
  const ok = result.share <= MAX_UNWRAP_SHARE;
  console.log(
    `tsc instantiations: imports ${result.base}, + 5 calls ${result.calls}, + unwrap ${result.unwrap}: unwrap adds ${result.added} ` +
      `(${(result.share * 100).toFixed(1)}% of the calls' ${result.calls - result.base}; budget ${MAX_UNWRAP_SHARE * 100}%) ${ok ? "ok" : "OVER BUDGET"}`,
  );
  if (process.argv.includes("--check") && !ok) process.exit(1);
}
