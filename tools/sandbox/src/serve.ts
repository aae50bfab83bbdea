// `pnpm --filter @punchclock/sandbox serve`: both mock servers until Ctrl-C, for trying the clients by hand.
import { startSandbox } from "./sandbox.js";

const sandbox = await startSandbox({ log: (line) => console.log(line) });
console.log(`Kimai sandbox: ${sandbox.kimaiUrl}   mite sandbox: ${sandbox.miteUrl}   (Ctrl-C stops both)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void sandbox.stop().then(() => process.exit(0)));
}
