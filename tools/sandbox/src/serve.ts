// `pnpm --filter @punchclock/sandbox serve`: both mock servers until Ctrl-C, for trying the clients by hand.
// Ports: SANDBOX_KIMAI_PORT and SANDBOX_MITE_PORT (defaults 4010 and 4011).
import { portsFromEnvironment, SandboxPortInUseError } from "./ports.js";
import { startSandbox } from "./sandbox.js";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox({ ...portsFromEnvironment(), log: (line) => console.log(line) });
} catch (error) {
  if (!(error instanceof SandboxPortInUseError || error instanceof RangeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Kimai sandbox: ${sandbox.kimaiUrl}   mite sandbox: ${sandbox.miteUrl}   (Ctrl-C stops both)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void sandbox.stop().then(() => process.exit(0)));
}
