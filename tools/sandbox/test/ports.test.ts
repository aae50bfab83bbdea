import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { assertPortFree, portsFromEnvironment, SandboxPortInUseError } from "../src/ports.js";
import { startSandbox } from "../src/sandbox.js";

let occupant: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (occupant ? occupant.close(() => resolve()) : resolve()));
  occupant = undefined;
});

/** Listens on a free loopback port, as another program would, and returns the port. */
async function occupyPort(): Promise<number> {
  occupant = createServer();
  await new Promise<void>((resolve) => occupant?.listen({ port: 0, host: "127.0.0.1" }, resolve));
  const address = occupant.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("sandbox ports", () => {
  it("reports a taken port as such, with the fix", async () => {
    const port = await occupyPort();
    const error = await assertPortFree("kimai", port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SandboxPortInUseError);
    expect((error as Error).message).toBe(
      `Port ${port} for the kimai sandbox is already in use by another program. Stop that program, or pick free ports: SANDBOX_KIMAI_PORT=${port + 100} pnpm start`,
    );
  });

  it("refuses to start before anything runs when a port is taken", async () => {
    const port = await occupyPort();
    // Without the check first, Prism itself would fail to bind and the error would only say it exited.
    await expect(startSandbox({ kimaiPort: port, mitePort: port + 1 })).rejects.toBeInstanceOf(SandboxPortInUseError);
  });

  it("accepts a free port", async () => {
    const port = await occupyPort();
    await new Promise<void>((resolve) => occupant?.close(() => resolve()));
    occupant = undefined;
    await expect(assertPortFree("mite", port)).resolves.toBeUndefined();
  });

  it("reads the ports from the environment, and refuses nonsense", () => {
    expect(portsFromEnvironment({})).toEqual({ kimaiPort: 4010, mitePort: 4011 });
    expect(portsFromEnvironment({ SANDBOX_KIMAI_PORT: "5010", SANDBOX_MITE_PORT: "5011" })).toEqual({
      kimaiPort: 5010,
      mitePort: 5011,
    });
    expect(() => portsFromEnvironment({ SANDBOX_MITE_PORT: "80a" })).toThrow(/SANDBOX_MITE_PORT must be a port number/);
    expect(() => portsFromEnvironment({ SANDBOX_KIMAI_PORT: "70000" })).toThrow(RangeError);
  });
});
