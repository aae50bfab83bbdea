import createClient, { type Client, type ClientOptions, createQuerySerializer } from "openapi-fetch";
import type { AuthStrategy } from "../auth/strategies.js";
import type { EtagCacheOptions } from "../cache/etag-cache.js";
import type { EtagStore } from "../cache/store.js";
import { InvalidParameterError } from "../errors/invalid-parameter-error.js";
import { describeOperation } from "../errors/punchclock-error.js";
import { abortErrorFor, TimeoutError } from "../errors/transport-errors.js";
import { bounded, isAbortSignal } from "../internal/bounded.js";
import { lazyModule } from "../internal/lazy-module.js";
import { Redactor } from "../redaction/redactor.js";
import { emit } from "../transport/logging.js";
import { OutgoingRequest, type SendableRequest } from "../transport/outgoing-request.js";
import { createSender, DEFAULT_TIMEOUT_MS, type FetchFunction, type TransportOptions } from "../transport/transport.js";
import { checkBaseUrl } from "./base-url.js";
import { type CallResult, type CallThrough, wrapClientCalls } from "./client-calls.js";
import { contextOfResponse, type OperationTable, type RequestContext, tagResponse, untrackedContext } from "./operations.js";
import { type PathTemplate, pathParameterRefusal, pathTemplate } from "./path-parameters.js";
import { type CallContext, type ClientStage, createPipeline } from "./pipeline.js";
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
   * and a `304` is answered from the store; successful writes invalidate their resource.
   */
  cache?: boolean | EtagStore | undefined;
}

/** What a client tells {@link createApiClient} about itself. */
export interface ApiClientOptions extends RuntimeOptions {
  /** The API's root URL (checked with `checkBaseUrl` by the client before). */
  baseUrl: string;
  /** The generated operation table of the client's spec. */
  operations: OperationTable;
  /** The operationIds of operations whose success responses have no body (generated from the spec). */
  operationsWithoutBody?: readonly string[] | undefined;
  /** The operationIds of operations whose redirect response is their answer (mite's bookmark follow). */
  operationsAnsweringRedirects?: readonly string[] | undefined;
  /** The client library, for the User-Agent. */
  library: { name: string; version: string };
  auth: AuthStrategy;
  /** Headers of every request, after the User-Agent. */
  headers?: Record<string, string | undefined> | undefined;
  /** API-specific steps (mite's format); see {@link ClientStage}. */
  stages?: readonly ClientStage[] | undefined;
  /** openapi-fetch's `bodySerializer` (mite's XML); default JSON. */
  bodySerializer?: ClientOptions["bodySerializer"];
  /** openapi-fetch's `querySerializer` (mite's lists); default openapi-fetch's. */
  querySerializer?: ClientOptions["querySerializer"];
  /**
   * Code the client needs before a call is built (mite's XML mode): every call waits for the promise it
   * returns, after the call's checks; `undefined` means ready. A rejection (with an error that names the
   * call's operation, from the context it gets) fails the call, and nothing is sent. The wait ends with a
   * `TimeoutError` after the client's `timeoutMs`, and with the call's abort error when its signal fires.
   */
  ready?: ((context: RequestContext) => Promise<void> | undefined) | undefined;
}

/** What the runtime works out once per operation of a client: the context errors name, the path checks. */
interface CallTemplate extends PathTemplate {
  readonly context: RequestContext;
  readonly expectsBody: boolean;
  readonly answersRedirects: boolean;
  /** The fetch of a call that passes nothing the runtime reads besides its parameters. */
  readonly send: (request: SendableRequest) => Promise<Response>;
}

/** Templates are the spec's, but a caller can build paths (`client.GET(`/api/x/${id}`)`): bounded. */
const MAX_TEMPLATES = 1000;

/**
 * An openapi-fetch client for an API, with punchclock's runtime in every call: the path parameter checks
 * before anything is built, then (as the call's `fetch`, see `createPipeline`) auth, the transport's
 * retries, timeouts and limits, the JSON guard, and the operation `unwrap()` names in errors. The client
 * has no middleware of its own; `client.use()` is the caller's.
 */
export function createApiClient<Paths extends {}, Media extends `${string}/${string}` = `${string}/${string}`>(
  options: ApiClientOptions,
): Client<Paths, Media> {
  const redactor = new Redactor([...options.auth.secrets, ...(options.redact ?? [])]);
  const stages = [...(options.stages ?? [])];
  if (options.cache) {
    // The ETag cache sits closest to the wire: it stores and replays raw responses (mite's XML too).
    const store = options.cache === true ? "memory" : etagStore(options.cache);
    stages.push(lazyEtagCache(store, { logger: options.logger, redactor, timeoutMs: options.timeoutMs }));
  }
  const pipeline = createPipeline({ auth: options.auth, stages, send: createSender(options) });
  const withoutBody = new Set(options.operationsWithoutBody ?? []);
  const answeringRedirects = new Set(options.operationsAnsweringRedirects ?? []);
  const templates = new Map<string, Map<string, CallTemplate>>();
  const templateOf = (method: string, schemaPath: string): CallTemplate => {
    let byPath = templates.get(method);
    if (!byPath) {
      byPath = new Map();
      templates.set(method, byPath);
    }
    let template = byPath.get(schemaPath);
    if (!template) {
      const operationId = options.operations[`${method} ${schemaPath}`];
      const context: RequestContext = { operation: Object.freeze({ method, path: schemaPath, operationId }), redactor };
      const expectsBody = operationId !== undefined && !withoutBody.has(operationId);
      const answersRedirects = operationId !== undefined && answeringRedirects.has(operationId);
      const plainCall: CallContext = {
        context,
        schemaPath,
        parseAs: "json",
        expectsBody,
        keepRedirect: answersRedirects,
        abortable: false,
        fetch: undefined,
      };
      template = {
        ...pathTemplate(schemaPath),
        context,
        expectsBody,
        answersRedirects,
        send: (request: SendableRequest) => pipeline(request, plainCall),
      };
      if (byPath.size < MAX_TEMPLATES) byPath.set(schemaPath, template);
    }
    return template;
  };

  const ownFetch = options.fetch !== undefined;
  let middlewareUsed = false;
  const client = createClient<Paths, Media>({
    baseUrl: options.baseUrl,
    headers: { "User-Agent": userAgentString(options.library, options.userAgent), ...options.headers },
    bodySerializer: options.bodySerializer,
    // openapi-fetch makes the default serializer on every call unless it is given one: made once here.
    querySerializer: options.querySerializer ?? createQuerySerializer(),
    // Every request is made with `redirect: "manual"`, so the transport can send openapi-fetch's Request as
    // it is (one Request per call) and still see each redirect, to refuse those that leave the origin.
    redirect: "manual",
    // Only a call that bypassed the wrapped methods gets here; it is sent without knowing its operation.
    fetch: (request: Request) =>
      pipeline(request, {
        context: untrackedContext(request.method, request.url),
        schemaPath: "",
        parseAs: "json",
        expectsBody: false,
        keepRedirect: false,
        abortable: true,
        fetch: undefined,
      }),
  });
  const use = client.use;
  client.use = (...middleware) => {
    middlewareUsed = true;
    use(...middleware);
  };

  const { ready } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return wrapClientCalls(client, (method, schemaPath, init, callThrough) => {
    const template = templateOf(method, schemaPath);
    // Called after the checks below: a call they refuse fails at once, without waiting for anything.
    const through: CallThrough = ready
      ? (path, prepared) => {
          const waiting = whenReady(ready, template.context, isAbortSignal(init?.signal) ? init.signal : undefined, timeoutMs);
          return waiting ? waiting.then(() => callThrough(path, prepared)) : callThrough(path, prepared);
        }
      : callThrough;
    if (init?.baseUrl !== undefined && init.baseUrl !== "") checkBaseUrl(init.baseUrl, "The request's baseUrl");
    const refusal = pathParameterRefusal(template, init?.params);
    if (refusal) {
      throw new InvalidParameterError(
        `${describeOperation(template.context.operation)}: ${refusal[1]}; the request was not sent`,
        {
          ...template.context,
          parameter: refusal[0],
        },
      );
    }
    if (init?.fetch !== undefined && typeof init.fetch !== "function") throw new TypeError("fetch must be a function");
    // Most calls pass nothing the runtime reads but parameters: they share their operation's fetch.
    const middleware = init?.middleware != null || middlewareUsed;
    // A request that goes to the platform's fetch and no middleware sees is not built by openapi-fetch: see
    // OutgoingRequest. A middleware or a fetch of the caller's gets the Request openapi-fetch's contract
    // promises, built by openapi-fetch as before, and so does a call that brings a Request class of its own.
    const Request =
      middleware || init?.Request !== undefined || ownFetch || init?.fetch !== undefined ? init?.Request : OutgoingRequest;
    if (
      init?.parseAs === undefined &&
      init?.redirect === undefined &&
      init?.signal == null &&
      init?.fetch === undefined &&
      !middleware
    ) {
      return through(schemaPath, { ...init, fetch: template.send, Request });
    }
    const call: CallContext = {
      context: template.context,
      schemaPath,
      parseAs: typeof init?.parseAs === "string" ? init.parseAs : "json",
      expectsBody: template.expectsBody,
      // Every request is made with `redirect: "manual"`; a call that asked for it gets the redirect itself.
      keepRedirect: template.answersRedirects || init?.redirect === "manual",
      refuseRedirects: init?.redirect === "error",
      // A signal of the caller, or a middleware that may have made the request with one of its own.
      abortable: init?.signal != null || middleware,
      fetch: init?.fetch as FetchFunction | undefined,
    };
    const result = through(schemaPath, { ...init, fetch: (request: SendableRequest) => pipeline(request, call), Request });
    // A middleware's onResponse may have replaced the response the pipeline tagged: tag what it returned.
    return middleware ? result.then((settled) => tagUntagged(settled, template.context)) : result;
  });
}

/**
 * Resolves once `ready` has the client's code (`undefined`: nothing to wait for), bounded as a request is: a
 * call whose `signal` fires gets its abort error (and one that had fired starts no load), one that waits past
 * `timeoutMs` a TimeoutError.
 */
function whenReady(
  ready: NonNullable<ApiClientOptions["ready"]>,
  context: RequestContext,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<void> | undefined {
  const subject = describeOperation(context.operation);
  const aborted = (signal: AbortSignal) => abortErrorFor(signal, subject, { ...context, attempts: 0 });
  if (signal?.aborted) return Promise.reject(aborted(signal));
  const loading = ready(context);
  if (!loading) return undefined;
  const waited = bounded(loading, timeoutMs > 0 ? timeoutMs : Number.POSITIVE_INFINITY, signal, () => {
    return new TimeoutError(`${subject}: the client's code did not load within ${timeoutMs} ms; the request was not sent`, {
      ...context,
      timeoutMs,
      attempts: 0,
    });
  });
  return Promise.resolve(waited).catch((error: unknown) => {
    throw signal?.aborted ? aborted(signal) : error;
  });
}

function tagUntagged<R extends CallResult>(result: R, context: RequestContext): R {
  if (contextOfResponse(result.response) === undefined) tagResponse(result.response, context);
  return result;
}

/**
 * The ETag cache stage, its module imported with the first request: a client without `cache` (most) never
 * loads it (nor the memory store), and a bundler puts it into a chunk of its own (pnpm bench: bundle sizes).
 * The memory store is made when the module loads: one per client.
 *
 * The cache is an optimisation, so a module that cannot be loaded (a browser app offline, or redeployed under
 * it) fails no request: the request goes on without it, a `cache` event with `action: "error"` says why (one
 * per request that waited for it), and the next request tries the import again. A response whose request the
 * cache did not see finds nothing to replay and passes untouched; a write made meanwhile invalidates nothing,
 * which a stored response survives harmlessly, as the server still checks its ETag before any hit.
 */
function lazyEtagCache(store: EtagStore | "memory", options: Omit<EtagCacheOptions, "store">): ClientStage {
  // A failed import is forgotten once, when it fails: so there is never more than one cache (and memory
  // store) per client, whatever the requests that waited for the failed one do meanwhile.
  const load = lazyModule(() =>
    import("../cache/etag-cache.js").then(({ etagCache, MemoryEtagStore }) =>
      etagCache({ ...options, store: store === "memory" ? new MemoryEtagStore() : store }),
    ),
  );
  let loaded: ClientStage | undefined;
  return {
    async onRequest(request, call) {
      try {
        loaded = await load();
      } catch (error) {
        const { operation, redactor } = call.context;
        const reason = error instanceof Error ? error.message : String(error);
        emit(options.logger, () => ({
          ...operation,
          type: "cache",
          url: redactor.redactUrl(request.url),
          attempt: 0,
          action: "error",
          hit: false,
          etag: undefined,
          reason: redactor.redact(`the ETag cache could not be loaded: ${reason}`),
        }));
        return undefined;
      }
      return loaded.onRequest?.(request, call);
    },
    onResponse(request, response, call) {
      return loaded?.onResponse?.(request, response, call);
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
