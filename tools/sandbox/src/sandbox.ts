import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
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
    { name: "kimai", port: options.kimaiPort ?? 4010 },
    { name: "mite", port: options.mitePort ?? 4011 },
  ] as const;
  // Before anything starts: a taken port would otherwise point the demo at a foreign server.
  for (const { name, port } of servers) await assertPortFree(name, port);
  const children = servers.map(({ name, port }) => startPrism(spec(name), port, options.log));
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  try {
    await Promise.all(servers.map(({ port }, index) => waitUntilListening(port, children[index] as ChildProcess)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { kimaiUrl: `http://127.0.0.1:${servers[0]?.port}`, miteUrl: `http://127.0.0.1:${servers[1]?.port}`, stop };
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
