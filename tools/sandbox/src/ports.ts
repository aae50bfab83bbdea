import { createServer } from "node:net";

/** A port of the sandbox is taken by another program; the message says how to choose another. */
export class SandboxPortInUseError extends Error {
  override readonly name = "SandboxPortInUseError";
  constructor(
    readonly server: "kimai" | "mite",
    readonly port: number,
  ) {
    const variable = server === "kimai" ? "SANDBOX_KIMAI_PORT" : "SANDBOX_MITE_PORT";
    super(
      `Port ${port} for the ${server} sandbox is already in use by another program. Stop that program, or pick ` +
        `free ports: ${variable}=${port + 100} pnpm start`,
    );
  }
}

/** The sandbox ports from `SANDBOX_KIMAI_PORT` / `SANDBOX_MITE_PORT` (defaults 4010 and 4011). */
export function portsFromEnvironment(env: NodeJS.ProcessEnv = process.env): { kimaiPort: number; mitePort: number } {
  return { kimaiPort: portFrom(env, "SANDBOX_KIMAI_PORT", 4010), mitePort: portFrom(env, "SANDBOX_MITE_PORT", 4011) };
}

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new RangeError(`${name} must be a port number from 1 to 65535, not "${raw}"`);
  }
  return port;
}

/**
 * Resolves when nothing listens on `127.0.0.1:port`, by briefly binding it; rejects with
 * {@link SandboxPortInUseError} when something does. Checked before Prism starts, because a client
 * pointed at a foreign server fails with errors that say nothing about the port.
 */
export function assertPortFree(server: "kimai" | "mite", port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new SandboxPortInUseError(server, port) : error),
    );
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve()));
  });
}
