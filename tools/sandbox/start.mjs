#!/usr/bin/env node
// `pnpm start`: build every package, then run the demo against the sandbox. The build's output is shown only
// when the build fails, so what a user sees is the demo.
import { spawn, spawnSync } from "node:child_process";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off", NO_UPDATE_NOTIFIER: "1" };
process.stdout.write("building the packages... ");
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"], {
  env,
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
if (build.status !== 0) {
  console.log("failed:\n");
  process.stdout.write(build.stdout ?? "");
  process.stderr.write(build.stderr ?? "");
  process.exit(build.status ?? 1);
}
console.log("done\n");
const demo = spawn("pnpm", ["--silent", "--filter", "@punchclock/sandbox", "demo"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => demo.kill(signal));
demo.on("exit", (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
