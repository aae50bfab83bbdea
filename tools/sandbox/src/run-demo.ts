// `pnpm start` ends here: start the sandbox, run the examples against it, stop it.
import { runDemo } from "@punchclock/examples";
import { startSandbox } from "./sandbox.js";

const sandbox = await startSandbox();
try {
  await runDemo({ kimaiUrl: sandbox.kimaiUrl, miteUrl: sandbox.miteUrl, log: (line) => console.log(line) });
} finally {
  await sandbox.stop();
}
