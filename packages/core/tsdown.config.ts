// The shared build (tsdown.base.ts) with a second entry: `@punchclock/core/internal`, the plumbing the
// clients are built from (no semver guarantee). Both entries share their modules through common chunks, so
// the error classes and the request state exist once, whichever entry a module was reached through.
import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

export default defineConfig({
  ...base,
  entry: ["src/index.ts", "src/internal.ts"],
  outputOptions: { chunkFileNames: "shared-[hash].js" },
});
