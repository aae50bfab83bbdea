import type { CallContext, ClientStage } from "../http/pipeline.js";
import { rewriteRequest } from "../http/rewrite.js";
import { bounded } from "../internal/bounded.js";
import { patternRedactor, type Redactor } from "../redaction/redactor.js";
import { type CacheLogEvent, emit, type Logger } from "../transport/logging.js";
import type { SendableRequest } from "../transport/outgoing-request.js";
import { copyHeaders, usableReasonPhrase } from "../transport/responses.js";
import { DEFAULT_TIMEOUT_MS } from "../transport/transport.js";
import type { EtagEntry, EtagStore } from "./store.js";

// The memory store loads with the cache (see the client runtime), not before.
export { MemoryEtagStore } from "./store.js";

/** Options of {@link etagCache}. */
export interface EtagCacheOptions {
  readonly store: EtagStore;
  /** Receives `cache` events. */
  readonly logger?: Logger | undefined;
  /** Masks credentials in keys and events (default: by shape only). */
  readonly redactor?: Redactor | undefined;
  /**
   * Longest wait, in ms, for the store calls made before a request is sent, and again for those made after
   * its response (the client's `timeoutMs`; default 60,000; 0, `Infinity` or more than 2^31 - 1: no limit).
   * A store that has not answered by then is ignored, as one that throws is.
   */
  readonly timeoutMs?: number | undefined;
}

/** Query parameters that carry credentials and never become part of a key (mite's `api_key`). */
const CREDENTIAL_PARAMETERS = ["api_key"];
/** A mite format suffix: `/customers/1.json` and `/customers/1.xml` are one resource. */
const FORMAT_SUFFIX = /\.(json|xml)$/i;
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Headers of the stored representation that a 304 must not replace. */
const REPRESENTATION_HEADERS = new Set([
  "content-length",
  "content-type",
  "content-encoding",
  "transfer-encoding",
  "content-range",
]);

/** What a GET's `onRequest` found, for its `onResponse`. */
interface Lookup {
  readonly key: string;
  readonly entry: EtagEntry | undefined;
  /** What a 304 is answered with: checked when the entry is read, so a broken entry is a miss, not an error. */
  readonly replay: Replay | undefined;
  readonly failures: unknown[];
}

/**
 * The cache key of a GET: origin, resource path (without a format suffix), then the path and the sorted
 * query without credential parameters. The space ends the resource part, so a prefix names exactly one
 * resource (`/customers/1 ` is not a prefix of `/customers/10 ...`).
 *
 * @example
 * etagCacheKey("https://acme.mite.de/customers/1.xml?api_key=s3cret&b=2&a=1");
 * // "https://acme.mite.de/customers/1 /customers/1.xml?a=1&b=2"
 */
export function etagCacheKey(url: string, redactor: Redactor = patternRedactor): string {
  const parsed = new URL(url);
  for (const name of [...parsed.searchParams.keys()]) {
    if (CREDENTIAL_PARAMETERS.includes(name.toLowerCase())) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  const query = parsed.searchParams.toString();
  return redactor.redact(`${resourcePrefix(parsed.origin, parsed.pathname)}${parsed.pathname}${query ? `?${query}` : ""}`);
}

/** The start of every key of one resource, whatever its format suffix and query. */
function resourcePrefix(origin: string, pathname: string): string {
  return `${origin}${pathname.replace(FORMAT_SUFFIX, "")} `;
}

/** `/api/customers/1/meta` -> itself, `/api/customers/1`, `/api/customers`, `/api`. */
function resourceAndAncestors(pathname: string): string[] {
  const segments = pathname.replace(FORMAT_SUFFIX, "").split("/").filter(Boolean);
  return segments.map((_, i) => `/${segments.slice(0, segments.length - i).join("/")}`);
}

/**
 * Conditional GETs with `If-None-Match`, as a stage of a client's pipeline (see `ClientStage`). A `200` with an `ETag` is stored as it
 * came over the wire; the next GET of the same URL sends its tag, and a `304 Not Modified` is turned back
 * into the stored `200` (status, headers updated from the 304, body), so callers see no difference but the
 * server sent no body. A successful POST, PUT, PATCH or DELETE removes the stored responses of its resource
 * (any format suffix, any query) and of every collection above it. The store's failures are ignored.
 *
 * It is the last stage (the client runtime adds it when `cache` is set): its `onResponse` must see the raw
 * response, before mite's XML decoding.
 * Requests that carry their own `If-None-Match` or `If-Modified-Since` pass untouched.
 */
export function etagCache(options: EtagCacheOptions): ClientStage {
  const { store, logger } = options;
  const redactor = options.redactor ?? patternRedactor;
  const lookups = new WeakMap<SendableRequest, Lookup>();

  const limitMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A store that never answers (a Redis client queueing commands while disconnected) must not hold a call past
  // its time limit or its caller's signal. Each hook (onRequest, onResponse) gives all its store calls one
  // deadline together, the client's timeoutMs from its start; a call that misses it is a failure like any
  // other, and ignored, and the hook's later store calls are skipped. A limit past the longest timer (24.8
  // days) is kept, as in the transport.
  // A call that timed out marks its deadline passed: the clock a timer fires by and Date.now() can differ
  // by a millisecond, which would otherwise leave the next call a moment to start in.
  const deadline = (): Deadline => ({
    at: limitMs > 0 ? Date.now() + limitMs : Number.POSITIVE_INFINITY,
    passed: false,
  });
  /** The store call's value in a box, or undefined when it failed, ran out of time or was not made. */
  const attempt = async <T>(
    failures: unknown[],
    request: SendableRequest,
    until: Deadline,
    operation: () => T | PromiseLike<T>,
  ): Promise<{ value: T } | undefined> => {
    const { signal } = request;
    const left = until.at - Date.now();
    if (until.passed || left <= 0 || signal?.aborted) return undefined;
    try {
      return {
        value: await bounded(operation(), left, signal, () => {
          until.passed = true;
          return new Error(`the store did not answer within the client's timeoutMs (${limitMs} ms)`);
        }),
      };
    } catch (error) {
      // An abort is not the store's failure: onRequest goes on, and the transport ends the call with it.
      if (!signal?.aborted) failures.push(error);
      return undefined;
    }
  };
  const log = (request: SendableRequest, call: CallContext, event: Pick<CacheLogEvent, "action"> & Partial<CacheLogEvent>) =>
    emit(logger, () => {
      const { context } = call;
      return {
        ...context.operation,
        url: context.redactor.redactUrl(request.url),
        attempt: 0,
        hit: false,
        reason: undefined,
        ...event,
        // An entity tag is the server's text: it may echo what it was sent (a token), like a reason phrase.
        etag: event.etag === undefined ? undefined : context.redactor.redact(event.etag),
        type: "cache",
      };
    });
  const logFailures = (request: SendableRequest, call: CallContext, failures: readonly unknown[]) => {
    for (const failure of failures) {
      const message = failure instanceof Error ? failure.message : String(failure);
      log(request, call, { action: "error", reason: redactor.redact(message) });
    }
  };

  return {
    async onRequest(request) {
      if (request.method !== "GET" || request.headers.has("If-None-Match") || request.headers.has("If-Modified-Since")) {
        return undefined;
      }
      const key = etagCacheKey(request.url, redactor);
      const failures: unknown[] = [];
      const stored = (await attempt(failures, request, deadline(), () => store.get(key)))?.value;
      let replay: Replay | undefined;
      try {
        replay = stored === undefined ? undefined : replayOf(stored);
      } catch (error) {
        failures.push(error);
      }
      if (stored === undefined || replay === undefined) {
        lookups.set(request, { key, entry: undefined, replay: undefined, failures });
        return undefined;
      }
      const headers = copyHeaders(request.headers);
      headers.set("If-None-Match", stored.etag);
      const conditional = await rewriteRequest(request, { headers });
      lookups.set(conditional, { key, entry: stored, replay, failures });
      return conditional;
    },

    async onResponse(request, response, call) {
      if (WRITE_METHODS.has(request.method)) {
        if (!response.ok) return undefined;
        const failures: unknown[] = [];
        const until = deadline();
        const { origin, pathname } = new URL(request.url);
        for (const path of resourceAndAncestors(pathname)) {
          await attempt(failures, request, until, () => store.deletePrefix(redactor.redact(resourcePrefix(origin, path))));
        }
        log(request, call, { action: "invalidate" });
        logFailures(request, call, failures);
        return undefined;
      }
      const lookup = lookups.get(request);
      if (lookup === undefined) return undefined;
      const { key, entry, replay, failures } = lookup;
      let result: Response | undefined;
      if (response.status === 304 && entry !== undefined && replay !== undefined) {
        result = new Response(replay.body as BodyInit, {
          status: replay.status,
          statusText: replay.statusText,
          headers: refreshedHeaders(replay.headers, response.headers),
        });
        log(request, call, { action: "hit", hit: true, etag: entry.etag });
      } else if (response.status === 200) {
        const etag = response.headers.get("ETag");
        const noStore = /(^|,)\s*no-store\s*(,|$)/i.test(response.headers.get("Cache-Control") ?? "");
        if (etag !== null && !noStore) {
          const bytes = new Uint8Array(await response.clone().arrayBuffer());
          const headers: [string, string][] = [];
          response.headers.forEach((value, name) => {
            headers.push([name, value]);
          });
          const stored: EtagEntry = {
            etag,
            status: response.status,
            statusText: response.statusText,
            headers,
            body: toBase64(bytes),
            storedAt: Date.now(),
          };
          if (await attempt(failures, request, deadline(), () => store.set(key, stored))) {
            log(request, call, { action: "store", etag });
          }
        } else if (entry !== undefined) {
          await attempt(failures, request, deadline(), () => store.delete(key)); // the resource no longer has a (cacheable) tag
        }
      }
      logFailures(request, call, failures);
      return result;
    },
  };
}

/** When a hook's store calls must have answered (`Date.now()` time), and whether one found it passed. */
interface Deadline {
  readonly at: number;
  passed: boolean;
}

/** The stored headers, updated with those of the 304 (dates, rate limits), except the body's own. */
function refreshedHeaders(stored: Headers, notModified: Headers): Headers {
  const headers = copyHeaders(stored);
  notModified.forEach((value, name) => {
    if (!REPRESENTATION_HEADERS.has(name.toLowerCase())) headers.set(name, value);
  });
  return headers;
}

/** A stored response, ready to answer a 304 with. */
interface Replay {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

/**
 * The response an entry replays, after checking everything a `Response` and the conditional request will be
 * built from: a store may hand back anything, and an entry that cannot be sent or replayed is a miss.
 */
function replayOf(entry: EtagEntry): Replay {
  if (
    entry === null ||
    typeof entry !== "object" ||
    typeof entry.etag !== "string" ||
    typeof entry.body !== "string" ||
    typeof entry.statusText !== "string" ||
    !Number.isInteger(entry.status) ||
    entry.status < 200 ||
    entry.status > 299 ||
    !Array.isArray(entry.headers) ||
    !entry.headers.every((header) => Array.isArray(header) && typeof header[0] === "string" && typeof header[1] === "string")
  ) {
    throw new TypeError("The store returned a malformed entry");
  }
  new Headers({ "If-None-Match": entry.etag }); // throws for a tag no header can carry
  return {
    status: entry.status,
    statusText: usableReasonPhrase(entry.statusText),
    headers: new Headers(entry.headers), // throws for names or values no header can carry
    body: fromBase64(entry.body),
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
