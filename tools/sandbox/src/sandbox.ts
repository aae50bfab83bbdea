import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadBundledSpec } from "@punchclock/generate/load-spec";
import { groupedTimeEntriesExample, startExampleRouter } from "./example-router.js";
import { assertPortFree } from "./ports.js";

const require = createRequire(import.meta.url);
const PRISM = require.resolve("@stoplight/prism-cli/dist/index.js");
const spec = (name: string) => fileURLToPath(new URL(`../../../specs/${name}/openapi.yaml`, import.meta.url));

/** Where the mock servers listen. */
export interface Sandbox {
  /** Base URL of the Kimai mock (paths start with /api). */
  readonly kimaiUrl: string;
  /** Base URL of the mite mock (in place of https://{account}.mite.de). */
  readonly miteUrl: string;
  /** Stops both servers. */
  stop(): Promise<void>;
}

/** Ports of the two servers (defaults 4010 and 4011). */
export interface SandboxOptions {
  kimaiPort?: number;
  mitePort?: number;
  /** Receives Prism's log lines. */
  log?: (line: string) => void;
}

/**
 * Starts Prism on loopback for both specs. Prism answers with the specs' examples, validates every
 * request against the spec (wrong bodies, missing credentials) and answers violations with the spec's own
 * error responses.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const servers = [
    { name: "kimai", port: options.kimaiPort ?? 4010, rules: [] },
    { name: "mite", port: options.mitePort ?? 4011, rules: [groupedTimeEntriesExample] },
  ] as const;
  // Before anything starts: a taken port would otherwise point the demo at a foreign server.
  for (const { name, port } of servers) await assertPortFree(name, port);
  // Prism reads the spec as Redocly bundles it (internal refs only), the document the generator and the docs
  // read too: on the multi-file spec Prism resolves a reference's sibling keywords (mite's `contentSchema`
  // next to `$ref: RailsXml.yaml`) against the referenced file's folder, and cannot start.
  const bundles = await mkdtemp(join(tmpdir(), "punchclock-sandbox-"));
  const children: ChildProcess[] = [];
  const routers: Server[] = [];
  const stop = async () => {
    await Promise.all(routers.map((router) => new Promise<void>((resolve) => router.close(() => resolve()))));
    await Promise.all(children.map(stopChild));
    await rm(bundles, { recursive: true, force: true });
  };
  try {
    const prismPorts: number[] = [];
    for (const { name } of servers) {
      const bundled = join(bundles, `${name}.json`);
      await writeFile(bundled, JSON.stringify(await loadBundledSpec(spec(name))));
      const prismPort = await freePort();
      prismPorts.push(prismPort);
      children.push(startPrism(bundled, prismPort, options.log));
    }
    await Promise.all(prismPorts.map((port, index) => waitUntilListening(port, children[index] as ChildProcess)));
    // Prism listens on free internal ports; the public ports belong to a pass-through that picks the spec
    // example a request should get where Prism cannot (mite's grouped time entries).
    for (const [index, { port, rules }] of servers.entries()) {
      routers.push(await startExampleRouter(port, prismPorts[index] as number, rules));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { kimaiUrl: `http://127.0.0.1:${servers[0].port}`, miteUrl: `http://127.0.0.1:${servers[1].port}`, stop };
}

/** A port nothing listens on right now, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function startPrism(specPath: string, port: number, log?: (line: string) => void): ChildProcess {
  const child = spawn(
    process.execPath,
    [PRISM, "mock", "--host", "127.0.0.1", "--port", String(port), "--errors", "false", specPath],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    },
  );
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) log?.(line);
  };
  child.stdout?.on("data", forward);
  child.stderr?.on("data", forward);
  return child;
}

async function waitUntilListening(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prism on port ${port} exited with code ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`Prism on port ${port} did not start within ${timeoutMs / 1000}s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
