// The shared build (tsdown.base.ts) with two more entries: `@punchclock/core/internal`, the plumbing the
// clients are built from (no semver guarantee), and `@punchclock/core/xml`, the Rails XML decoder. Both entries share their modules through common chunks, so
// the error classes and the request state exist once, whichever entry a module was reached through.
import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

export default defineConfig({
  ...base,
  entry: ["src/index.ts", "src/internal.ts", "src/xml.ts"],
  // Needed by `includeDependenciesRecursively: false` below; the entries' exports are exactly their own.
  inputOptions: { preserveEntrySignatures: "allow-extension" },
  outputOptions: {
    chunkFileNames: "shared-[hash].js",
    // The Rails XML decoder (and its import of saxes) in a chunk of its own, so a bundler drops it whole
    // from a Kimai or mite JSON bundle (core is side-effect free); mite's XML mode imports it lazily.
    codeSplitting: {
      // Only the decoder module itself: its dependencies (the error classes) stay shared.
      includeDependenciesRecursively: false,
      groups: [
        { name: "xml-decoder", test: /[\\/]src[\\/]xml[\\/]decode\.ts$/ },
        // The ETag cache, imported with the first request of a client made with `cache`.
        { name: "etag-cache", test: /[\\/]src[\\/]cache[\\/]etag-cache\.ts$/ },
        // The paginator's loop, imported with the first page: a client that never paginates does not load it.
        { name: "page-loop", test: /[\\/]src[\\/]pagination[\\/]page-loop\.ts$/ },
        // Its error class on its own, so the loop's chunk does not import it from the public entry (which
        // would then export an internal name).
        { name: "pagination-errors", test: /[\\/]src[\\/]pagination[\\/]errors\.ts$/ },
      ],
    },
  },
});
