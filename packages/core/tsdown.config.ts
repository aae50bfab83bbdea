// The shared build (tsdown.base.ts) with three more entries: `@punchclock/core/internal`, the plumbing the
// clients are built from (no semver guarantee), `@punchclock/core/internal/xml`, that of mite's XML mode, and
// `@punchclock/core/xml`, the Rails XML codec. The entries share their modules through common chunks, so the
// error classes and the request state exist once, whichever entry a module was reached through.
import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

export default defineConfig({
  ...base,
  entry: ["src/index.ts", "src/internal.ts", "src/internal-xml.ts", "src/xml.ts"],
  // Needed by `includeDependenciesRecursively: false` below; the entries' exports are exactly their own.
  inputOptions: { preserveEntrySignatures: "allow-extension" },
  outputOptions: {
    chunkFileNames: "shared-[hash].js",
    codeSplitting: {
      // Only the modules named below: their dependencies (the error classes) stay shared.
      includeDependenciesRecursively: false,
      groups: [
        // The Rails XML decoder (and its import of saxes), shared by the two XML entries, in a chunk of its
        // own rather than in a common chunk with modules every client loads.
        { name: "xml-decoder", test: /[\\/]src[\\/]xml[\\/]decode\.ts$/ },
        // The ETag cache, imported with the first request of a client made with `cache`.
        { name: "etag-cache", test: /[\\/]src[\\/]cache[\\/]etag-cache\.ts$/ },
        // The paginator's loop, imported with the first page: a client that never paginates does not load it.
        { name: "page-loop", test: /[\\/]src[\\/]pagination[\\/]page-loop\.ts$/ },
        // Its error class on its own, so the loop's chunk does not import it from the public entry (which
        // would then export an internal name).
        { name: "pagination-errors", test: /[\\/]src[\\/]pagination[\\/]errors\.ts$/ },
        // The helper that bounds a wait, shared by the client runtime and the ETag cache's chunk, on its own for
        // the same reason: otherwise the cache's chunk imports it from the internal entry.
        { name: "bounded", test: /[\\/]src[\\/]internal[\\/]bounded\.ts$/ },
      ],
    },
  },
});
