// `pnpm start` ends here: start the sandbox, run the examples against it, stop it (also on Ctrl-C), so
// nothing is left running.
import { runDemo } from "@punchclock/examples";
import { portsFromEnvironment, SandboxPortInUseError } from "./ports.js";
import { startSandbox } from "./sandbox.js";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox(portsFromEnvironment());
} catch (error) {
  if (!(error instanceof SandboxPortInUseError || error instanceof RangeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void sandbox.stop().then(() => process.exit(130)));
}
try {
  console.log(`sandbox: Kimai at ${sandbox.kimaiUrl}, mite at ${sandbox.miteUrl} (Prism, answering from the specs)\n`);
  await runDemo({ kimaiUrl: sandbox.kimaiUrl, miteUrl: sandbox.miteUrl, log: (line) => console.log(line) });
} finally {
  await sandbox.stop();
}
