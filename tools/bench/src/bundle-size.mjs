// Bundle budgets: what a browser user downloads for a JSON-only Kimai client, a mite client in JSON mode and
// one in XML mode, bundled with esbuild as a browser app would be (minified, tree-shaken, core side-effect
// free, code splitting on), brotli-compressed. "Up front" is the entry chunk and every chunk it imports
// statically; chunks reached only through `import()` (the XML decoder, loaded with the first XML body) are
// listed as lazy. `node bundle-size.mjs --check` exits 1 when a bundle outgrows its limit (CI, after
// `pnpm run build`).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

/** The issue's targets in brotli bytes (Kimai <= 8 kB, mite JSON <= 9 kB); reported, not yet enforced. */
export const BUDGETS = { "kimai-json": 8000, "mite-json": 9000 };
/**
 * What CI enforces: the sizes measured when the check was added (BENCHMARKS.md) plus 3%, so a bundle can
 * only shrink towards BUDGETS. Lower a limit when a bundle shrinks; never raise it without a reason.
 * Raised once (issue 10, third session), by 0.7 kB: the client pipeline (each call's fetch instead of
 * openapi-fetch middleware, one shared timer for the time limits, the tags of responses a user middleware
 * replaced) took the client's CPU overhead from 1.96x to about 1.45x of bare openapi-fetch.
 * Raised again (issue 10, fourth session), by 0.4-0.5 kB (measured: Kimai 15,162 -> 15,577 bytes, mite JSON
 * 16,577 -> 17,069, mite XML 16,578 -> 17,110): `OutgoingRequest` (one Request per call instead of two) took
 * the CPU overhead from about 1.5x to about 1.25x.
 * Lowered (issue 10, sixth session) to the sizes measured plus about 1%, after the paginator's loop became a
 * chunk of its own (Kimai 15,675 -> about 15,300 bytes, mite JSON 17,130 -> about 16,800, mite XML 17,157 ->
 * about 16,800; the sizes vary by up to 60 bytes with the name of the temporary directory).
 * Raised (issue 10, seventh session) by 100 bytes each (measured: Kimai 15,299 -> 15,422 bytes, mite JSON
 * 16,775 -> 16,908, mite XML 16,775 -> 16,916): a lazy chunk that fails to load once no longer breaks the
 * client for good. The ETag cache goes on without its chunk and logs why (code in every client, cache or
 * not), and the XML decoder's failed import is not kept and fails the call as a PunchclockError.
 * Raised again the same session, by 150-250 bytes (measured: Kimai 15,422 -> 15,563 bytes, mite JSON
 * 16,908 -> 17,192, mite XML 16,916 -> 17,150), for what a probe with hostile servers found: secrets in the
 * causes of errors, in mite's bookmark redirect errors and in the ETag cache's events are masked; a 204 where
 * the spec promises a body, an XHTML page in mite's XML mode, a body that does not decompress and a redirect
 * to a Location that is not a URL are typed errors, not data or retried ConnectionErrors; the XML decoder
 * refuses mixed content and inexact numbers and never quotes a cut value.
 * Raised by 50 bytes more the same session: secrets are masked lowercased too, and one loader for the code
 * imported on first use serves the XML decoder and the ETag cache (measured: Kimai 15,563 -> about 15,620,
 * mite JSON 17,192 -> about 17,220), which left too little room for the 60 bytes the sizes vary by.
 * Raised (issue 10, eighth session) by 220 and 170 bytes (measured: Kimai about 15,600 -> 15,780-15,849, mite
 * JSON about 17,220 -> 17,378-17,383, mite XML 17,195 -> 17,387-17,436): a JSON number that JSON.parse rounded (an integer past
 * 2^53) or made Infinity is a DecodeError quoting the number as the server sent it, found by the walk that
 * already checked the depth and by a scan of the text that runs only once the walk found a number that
 * large (less the bracket count the walk made unnecessary).
 * Raised again the same session, by 100 bytes for Kimai and 180 for mite (measured: Kimai 15,780 -> 15,895-15,939,
 * mite JSON 17,383 -> 17,546-17,575, mite XML 17,387 -> 17,541-17,547), for what a probe with hostile servers found: a
 * Content-Type naming two different charsets is a DecodeError (the text was decoded with one and checked
 * against the other), a store that never answers no longer holds the ETag cache's calls (its time limit
 * reads the client's timeoutMs up front), and mite.paginate refuses a list element not wrapped in the
 * list's own resource name (a project in a list of customers, `null`), which it yielded as a record.
 * mite's raised by 80 bytes more the same session (measured: mite JSON 17,575 -> 17,618, mite XML 17,547 ->
 * 17,675): encodeRailsXml writes a value with `toJSON` as JSON.stringify would (a Date went as an empty
 * element) and refuses a Map or a Set (an empty element too).
 * Raised by 40 bytes more the same session (measured: Kimai 15,891 -> 15,948, mite JSON 17,618 -> 17,657,
 * mite XML 17,675 -> 17,710): the rule for quoting a server's value in an error is one helper in the error
 * module, shared by the JSON guard and the lazy XML decoder, so core's chunks export one name more.
 * Lowered (issue 10, ninth session) to the sizes measured plus about 0.8% (measured: Kimai 15,948 -> 15,999,
 * mite JSON 17,657 -> 17,124, mite XML 17,710 -> 17,113). mite's XML mode (the encoder, the XML response
 * handling and the decoder) is imported before an XML client's first call, from core's two XML entries, which
 * a JSON client's modules never reach, so a mite JSON bundle no longer holds the encoder (mite JSON 17,657 ->
 * 16,761-16,803, Kimai -> 15,703-15,730). Then 190-280 bytes went back in for the wait on that import, which
 * ends with the caller's signal and the client's timeoutMs as a request does (the helper that bounds a wait
 * is shared with the ETag cache's store calls, so every client's bundle holds it; 50-60 bytes of that are the
 * import of its own chunk, which keeps the cache's chunk from importing it from the internal entry; 20-30
 * more that a second review asked for: a limit past the longest timer kept, a signal of another realm
 * honoured, no load started for a call already aborted).
 * Raised (issue 10, tenth session) by 250-340 bytes (measured: Kimai 15,977 -> 16,185-16,235, mite JSON
 * 17,095 -> 17,333-17,423, mite XML 17,056 -> 17,346-17,393; mite's two limits are one again), for what a
 * probe with hostile servers and a review of the fixes found, all in code a successful call does not run but
 * every bundle holds: secrets a server echoes as PHP or Rails write JSON (`\/`, `\u00fc`, `\u003C`,
 * `\u003c`) or as a JSON number are masked, no excerpt of malformed JSON (cut inside an echoed token) is
 * quoted, an error body is read in its charset (a UTF-16 401 echoing the token kept it unmasked), and the
 * API's message in an ApiError's own message is capped as a raw body is. Trying to win the bytes back by
 * loading mite's followBookmark on first use saved 94 bytes, too little for one more code path that can fail
 * to load; it was not kept.
 * Raised (issue 10, eleventh session) by 230 and 180 bytes (measured: Kimai 16,185-16,235 -> 16,445, mite JSON
 * 17,333-17,423 -> 17,550, mite XML 17,346-17,393 -> 17,591), for what a probe with hostile servers and a new
 * user's review found: a Content-Type sent twice is read when both values agree and refused when they differ
 * (about 95 bytes), a HEAD keeps its Content-Length (about 45), a call's `redirect: "error"` is honoured
 * (about 20), `kimai.paginate` refuses `firstPage` 0 (about 20), and `@punchclock/kimai` re-exports the money
 * helpers (about 45, an esbuild artefact: the re-export's chunk is imported though unused). Reading
 * `Retry-After` dates strictly (junk such as `Wed, 99` was a date) cost 330 bytes with RFC 9110's three
 * forms; checking that an IMF-fixdate reads back as written costs none.
 */
export const LIMITS = { "kimai-json": 16_600, "mite-json": 17_750, "mite-xml": 17_750 };

const ENTRIES = {
  "openapi-fetch": `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://kimai.example.com", headers: { Accept: "application/json" } });
export const load = () => client.GET("/api/customers/{id}", { params: { path: { id: 1 } } });`,
  "kimai-json": `import { bearerToken, createKimaiClient, unwrap } from "@punchclock/kimai";
const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken("token") });
export const load = () => unwrap(kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } }));`,
  "mite-json": `import { createMiteClient, miteApiKey, unwrap } from "@punchclock/mite";
const mite = createMiteClient({ account: "acme", auth: miteApiKey("key") });
export const load = () => unwrap(mite.GET("/customers/{id}", { params: { path: { id: 1 } } }));`,
  "mite-xml": `import { createMiteClient, miteApiKey, unwrap } from "@punchclock/mite";
const mite = createMiteClient({ account: "acme", auth: miteApiKey("key"), format: "xml" });
export const load = () => unwrap(mite.GET("/customers/{id}", { params: { path: { id: 1 } } }));`,
};

/** Modules of the XML codec, which neither a Kimai nor a mite JSON user may load up front. */
const XML_CODEC_MODULE = /[\\/]saxes[\\/]|[\\/]core[\\/]dist[\\/](internal-)?xml\.js$/;

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

/**
 * Bundles every entry; returns `{ name: { initial, lazy, xmlCodec, modules } }`: brotli bytes, whether the
 * initial chunks hold the XML codec, and how many modules they hold.
 */
export async function measureBundles() {
  // The entries live next to this script, so `@punchclock/*` resolve to the built packages of the workspace.
  const dir = mkdtempSync(join(here, ".bundle-"));
  try {
    const results = {};
    for (const [name, source] of Object.entries(ENTRIES)) {
      const entry = join(dir, `${name}.mjs`);
      writeFileSync(entry, source);
      const outdir = join(dir, `out-${name}`);
      const { metafile } = await build({
        entryPoints: [entry],
        bundle: true,
        splitting: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        minify: true,
        metafile: true,
        write: true,
        outdir,
        logLevel: "silent",
      });
      const outputs = metafile.outputs;
      const entryOut = Object.keys(outputs).find((file) => outputs[file].entryPoint && file.endsWith(".js"));
      // The initial load: the entry chunk and every chunk it imports statically, transitively.
      const initial = new Set();
      const visit = (file) => {
        if (initial.has(file)) return;
        initial.add(file);
        for (const imported of outputs[file].imports) if (imported.kind === "import-statement") visit(imported.path);
      };
      visit(entryOut);
      const files = Object.keys(outputs).filter((file) => file.endsWith(".js"));
      // Metafile paths are relative to the working directory.
      const read = (file) => readFileSync(resolve(file));
      const initialBytes = Buffer.concat([...initial].map(read));
      const lazyFiles = files.filter((file) => !initial.has(file));
      const modules = [...initial].flatMap((file) => Object.keys(outputs[file].inputs));
      results[name] = {
        initial: brotli(initialBytes),
        lazy: lazyFiles.length ? brotli(Buffer.concat(lazyFiles.map(read))) : 0,
        // The XML codec: saxes, core's codec entry (the encoder, and the decoder through it) and mite's XML
        // plumbing entry.
        xmlCodec: modules.some((module) => XML_CODEC_MODULE.test(module)),
        modules: modules.length,
      };
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measureBundles();
  let over = false;
  for (const [name, result] of Object.entries(results)) {
    const budget = BUDGETS[name];
    const limit = LIMITS[name];
    if (limit !== undefined && result.initial > limit) over = true;
    // The issue's rule, not a size: neither a Kimai nor a mite JSON user loads the XML codec up front.
    const codecBanned = name === "kimai-json" || name === "mite-json";
    if (codecBanned && result.xmlCodec) over = true;
    const verdict = [
      limit === undefined ? "" : result.initial <= limit ? `within the CI limit ${limit}` : `OVER THE CI LIMIT ${limit}`,
      budget === undefined ? "" : result.initial <= budget ? `target ${budget} reached` : `target ${budget} not reached`,
    ]
      .filter(Boolean)
      .join("; ");
    console.log(
      `${name.padEnd(14)} ${(result.initial / 1000).toFixed(1).padStart(5)} kB brotli up front` +
        `${result.lazy ? `, ${(result.lazy / 1000).toFixed(1)} kB lazy` : ""}${result.xmlCodec ? `, XML codec included${codecBanned ? " (NOT ALLOWED)" : ""}` : ""}  ${verdict}`,
    );
  }
  if (process.argv.includes("--check") && over) {
    console.error(`a bundle outgrew its limit (LIMITS in ${relative(process.cwd(), fileURLToPath(import.meta.url))})`);
    process.exit(1);
  }
}
