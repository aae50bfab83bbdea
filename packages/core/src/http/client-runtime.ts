import type { Middleware } from "openapi-fetch";
import { type AuthStrategy, authMiddleware } from "../auth/strategies.js";
import type { EtagCacheOptions } from "../cache/etag-cache.js";
import { type EtagStore, MemoryEtagStore } from "../cache/store.js";
import { Redactor } from "../redaction/redactor.js";
import { createTransport, type FetchFunction, type TransportOptions } from "../transport/transport.js";
import { jsonResponseGuard } from "./json-response.js";
import { type OperationTable, operationTracker, requestTagger } from "./operations.js";
import { pathParameterGuard } from "./path-parameters.js";
import { userAgentString } from "./user-agent.js";

/** Options every punchclock client accepts, on top of its API-specific ones. */
export interface RuntimeOptions extends TransportOptions {
  /** Appended to the User-Agent, e.g. `"invoice-sync/1.2"`, so API operators can tell who calls. */
  userAgent?: string | undefined;
  /** More strings to keep out of errors and logs (the auth strategy's own secrets are always kept out). */
  redact?: readonly string[] | undefined;
  /**
   * Conditional GETs with ETags (default off): `true` keeps responses in memory (`MemoryEtagStore`, 500
   * entries, per client), or pass a store of your own (Redis, ...). A repeated GET sends `If-None-Match`
   * and a `304` is answered from the store; successful writes invalidate their resource. See `etagCache`.
   */
  cache?: boolean | EtagStore | undefined;
}

/** What a client tells {@link createClientRuntime} about itself. */
export interface ClientRuntimeOptions extends RuntimeOptions {
  /** The generated operation table of the client's spec. */
  operations: OperationTable;
  /** `"METHOD /path"` of operations whose success responses have no body (generated from the spec). */
  operationsWithoutBody?: readonly string[] | undefined;
  /** The client library, for the User-Agent. */
  library: { name: string; version: string };
  auth: AuthStrategy;
  /** API-specific middleware (mite's format suffix and XML decoding); runs after the User-Agent, before auth. */
  transport?: readonly Middleware[] | undefined;
}

/** The pieces a client is assembled from: a fetch for openapi-fetch, its middleware, and the redactor both use. */
export interface ClientRuntime {
  /** Pass as openapi-fetch's `fetch`: retries, timeouts, limits and logging. */
  readonly fetch: FetchFunction;
  /** Register with `client.use(...runtime.middleware)`, in this order. */
  readonly middleware: readonly Middleware[];
  /** Masks the client's credentials. */
  readonly redactor: Redactor;
  /** Headers of every request (the User-Agent): pass as openapi-fetch's `headers`, before the client's own. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Builds the runtime of a client. The middleware order matters: the path parameter guard first (it refuses
 * a request before anything else touches it), the operation tracker (openapi-fetch runs `onResponse` in
 * reverse, so the first one with `onResponse` sees the final response), then the JSON guard (after any
 * format conversion), API-specific middleware, auth (so it signs the final URL), the ETag cache, and the
 * request tagger last (so the transport sees which operation the final request belongs to).
 */
export function createClientRuntime(options: ClientRuntimeOptions): ClientRuntime {
  const redactor = new Redactor([...options.auth.secrets, ...(options.redact ?? [])]);
  return {
    redactor,
    headers: { "User-Agent": userAgentString(options.library, options.userAgent) },
    fetch: createTransport(options),
    middleware: [
      pathParameterGuard(options.operations, redactor),
      operationTracker(options.operations, redactor),
      jsonResponseGuard({ operationsWithoutBody: options.operationsWithoutBody ?? [] }),
      ...(options.transport ?? []),
      authMiddleware(options.auth),
      // The ETag cache sits closest to the wire: it stores and replays raw responses (mite's XML too).
      ...(options.cache
        ? [
            lazyEtagCache({
              store: options.cache === true ? new MemoryEtagStore() : etagStore(options.cache),
              logger: options.logger,
              redactor,
            }),
          ]
        : []),
      requestTagger(options.operations, redactor),
    ],
  };
}

/**
 * The ETag cache middleware, its module imported with the first request: a client without `cache` (most)
 * never loads it, and a bundler puts it into a chunk of its own (pnpm bench: bundle sizes).
 */
function lazyEtagCache(cacheOptions: EtagCacheOptions): Middleware {
  let cache: Promise<Middleware> | undefined;
  const load = () => {
    cache ??= import("../cache/etag-cache.js").then(({ etagCache }) => etagCache(cacheOptions));
    return cache;
  };
  return {
    async onRequest(parameters) {
      return (await load()).onRequest?.(parameters);
    },
    async onResponse(parameters) {
      return (await load()).onResponse?.(parameters);
    },
  };
}

/**
 * `cache` when it is an {@link EtagStore}. Checked here, because the cache ignores its store's failures: a
 * store without its methods would otherwise just never cache, silently.
 */
function etagStore(cache: unknown): EtagStore {
  const methods = ["get", "set", "delete", "deletePrefix"] as const;
  const store = cache as Partial<Record<(typeof methods)[number], unknown>> | null;
  if (typeof store !== "object" || store === null || methods.some((method) => typeof store[method] !== "function")) {
    throw new TypeError("cache must be true, false or an EtagStore (get, set, delete and deletePrefix)");
  }
  return cache as EtagStore;
}
