// The build of every published package: ESM only, with declarations, dependencies left external.
// No CommonJS build: Node >= 20.19 (what `engines` asks for) can `require()` ESM, and one format means one
// copy of @punchclock/core per version in a process. A CJS build next to the ESM one would be a second
// copy, with its own error classes and its own request state (see README, "Module formats").
import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  // Declaration maps and the sources are published too, so go-to-definition in an editor lands in the
  // TypeScript source rather than in a .d.ts.
  dts: { sourcemap: true },
  sourcemap: true,
  clean: true,
  platform: "neutral",
  target: "node20",
});
