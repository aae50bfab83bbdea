import { describeOperation, PunchclockError } from "../errors/punchclock-error.js";
import {
  abortErrorFor,
  ConnectionError,
  isDecompressionFailure,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from "../errors/transport-errors.js";
import { type RequestContext, untrackedContext } from "../http/operations.js";
import { startTimer, stopTimer } from "./attempt-timers.js";
import { emit, type LogEventBase, type Logger } from "./logging.js";
import { asRequest, OutgoingRequest, type SendableRequest } from "./outgoing-request.js";
import { BufferedResponse, copyHeaders, usableStatusText } from "./responses.js";
import {
  mayRetryMethod,
  nonNegativeNumber,
  parseRetryAfter,
  type RetryOptions,
  retryDelay,
  retryPolicy,
  sleep,
} from "./retry.js";

/**
 * A fetch function: called as `fetch(request)` or `fetch(request, init)`, and like the global `fetch` it must
 * apply `init` over the request (the transport passes its per-attempt `signal` that way). That signal is the
 * transport's, and once the request has ended it may serve a later one: a fetch should not act on it after
 * it has settled.
 */
export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

/** Options of {@link createTransport}; every client accepts the same ones. */
export interface TransportOptions {
  /**
   * The fetch to send with, always called with a `Request`. Default: the global `fetch`, looked up at call
   * time, which a client may call as `fetch(url, init)` instead (see `OutgoingRequest`).
   */
  fetch?: FetchFunction | undefined;
  /** Retry policy, or `false` to never retry. See {@link RetryOptions} for the defaults. */
  retry?: RetryOptions | false | undefined;
  /**
   * Time limit of each attempt in milliseconds, from sending the request to the last byte of the body: a
   * number >= 0 (default 60000; 0 or `Infinity` means none). Limits longer than a Node timer holds (about
   * 24.8 days) are kept, not shortened. The caller's `signal` can end a request earlier. A time limit does
   * not keep a Node.js process alive by itself; the request in flight does. A client also bounds with it the
   * wait for code it loads before a call (mite's XML mode) and each hook's calls to an ETag store.
   */
  timeoutMs?: number | undefined;
  /** Largest accepted response body in bytes, after decompression: a number >= 0 (default 100 MiB). */
  maxResponseBytes?: number | undefined;
  /**
   * Same-origin redirects followed per attempt: an integer >= 0 (default 5). Redirects to another origin are
   * always refused. A request made with `redirect: "manual"` gets the redirect response itself (for a client:
   * a call made with `redirect: "manual"`); one made with `redirect: "error"` fails with a `RedirectError`.
   */
  maxRedirects?: number | undefined;
  /** Receives request, response, retry and error events. */
  logger?: Logger | undefined;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Wraps fetch with what openapi-fetch middleware cannot do, because it cannot re-send a request: retries
 * with backoff and `Retry-After`, a timeout per attempt, abort handling, redirect and size limits, and
 * log events. It reads each body completely before returning, so a reset or stall mid-body is a
 * (retryable) {@link ConnectionError} or {@link TimeoutError}, never a half-read response.
 *
 * Every failure is a {@link PunchclockError}; HTTP error statuses are returned as responses (after retries)
 * for openapi-fetch to report.
 *
 * @example
 * const send = createTransport({ retry: { maxRetries: 3 }, timeoutMs: 10_000 });
 * const response = await send(new Request("https://api.example.com/status")); // retried on 503, 429, resets, ...
 */
export function createTransport(options: TransportOptions = {}): FetchFunction {
  const send = createSender(options);
  return (request) => send(request, undefined);
}

/**
 * What a client runtime knows about a call that the request cannot say: its operation, whether the caller
 * wants a redirect response itself, and whether the request's signal can fire at all.
 */
export interface TransportCall {
  readonly context: RequestContext;
  /** The redirect response goes to the caller instead of being followed (`redirect: "manual"` as meant). */
  readonly keepRedirect: boolean;
  /** A redirect fails the call with a `RedirectError` instead of being followed (`redirect: "error"`). */
  readonly refuseRedirects?: boolean | undefined;
  /**
   * Whether the request's signal can abort: the caller passed one, or a middleware may have made the
   * request. Otherwise it follows nothing, and listening to it would only cost time.
   */
  readonly abortable: boolean;
  /** The call's own fetch (openapi-fetch's per-call `fetch` option), used instead of the transport's. */
  readonly fetch: FetchFunction | undefined;
}

/**
 * {@link createTransport} for a client runtime, which passes what it knows about each call, and may pass an
 * {@link OutgoingRequest} for a Request not built yet.
 */
export type Sender = (request: SendableRequest, call: TransportCall | undefined) => Promise<Response>;

/** The transport of {@link createTransport}, taking the call's {@link TransportCall} when there is one. */
export function createSender(options: TransportOptions = {}): Sender {
  const policy = retryPolicy(options.retry);
  const timeoutMs = nonNegativeNumber(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, "timeoutMs");
  const maxBytes = nonNegativeNumber(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, "maxResponseBytes");
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  if (!Number.isSafeInteger(maxRedirects) || maxRedirects < 0) throw new RangeError("maxRedirects must be an integer >= 0");
  const { logger } = options;
  // Checked here: called later, a wrong value would fail every request (fetch) or log nothing, silently (logger).
  if (logger !== undefined && typeof logger !== "function") throw new TypeError("logger must be a function");
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw new TypeError("fetch must be a function");
  const timed = timeoutMs > 0 && timeoutMs !== Number.POSITIVE_INFINITY;

  return async function send(given: SendableRequest, call: TransportCall | undefined): Promise<Response> {
    const ownFetch = call?.fetch ?? options.fetch;
    // A request not built yet goes to the platform's fetch as `fetch(url, init)`; a fetch of the caller's
    // gets the Request its contract promises.
    const deferred = given instanceof OutgoingRequest && ownFetch === undefined && given.plain ? given : undefined;
    const request = deferred ?? asRequest(given);
    const context = call ? call.context : untrackedContext(request.method, request.url);
    const callerSignal = request.signal;
    const started = logger ? performance.now() : 0;
    const body = deferred
      ? ((deferred.init.body ?? undefined) as string | undefined)
      : request.body === null
        ? undefined
        : await (request as Request).arrayBuffer();
    const retriesAllowed = mayRetryMethod(policy, request.method) ? policy.maxRetries : 0;
    const attempt: Attempt = {
      request,
      deferred,
      body,
      callerSignal,
      context,
      number: 1,
      timeoutMs: timed ? timeoutMs : 0,
      maxBytes,
      maxRedirects,
      fetch: ownFetch ?? globalThis.fetch,
      keepRedirect: call ? call.keepRedirect : request.redirect === "manual",
      refuseRedirects: call ? call.refuseRedirects === true : request.redirect === "error",
      abortable: call ? call.abortable : true,
    };

    for (; ; attempt.number++) {
      const number = attempt.number;
      if (callerSignal?.aborted) throw failed(logger, abortedError(attempt, number - 1), attempt, started);
      const attemptStarted = logger ? performance.now() : 0;
      if (logger) {
        emit(logger, () => ({
          type: "request",
          ...eventBase(attempt),
          headers: context.redactor.redactHeaders(request.headers),
        }));
      }
      let retry: { delayMs: number; reason: string; status?: number; error?: PunchclockError };
      try {
        const { response, bytes } = await sendOnce(attempt);
        if (logger) {
          emit(logger, () => ({
            type: "response",
            ...eventBase(attempt),
            status: response.status,
            durationMs: performance.now() - attemptStarted,
            bytes,
          }));
        }
        if (number > retriesAllowed || !policy.statuses.includes(response.status)) return response;
        const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"));
        retry = {
          delayMs: retryDelay(policy, number, retryAfterMs),
          reason: retryAfterMs === undefined ? `status ${response.status}` : "Retry-After",
          status: response.status,
        };
      } catch (thrown) {
        const error =
          thrown instanceof PunchclockError ? thrown : ConnectionError.fromFailure(thrown, { ...context, attempts: number });
        if (callerSignal?.aborted || !(error instanceof ConnectionError) || number > retriesAllowed) {
          throw failed(logger, error, attempt, started);
        }
        retry = { delayMs: retryDelay(policy, number, undefined), reason: error.name, error };
      }
      emit(logger, () => ({
        type: "retry",
        ...eventBase(attempt),
        status: retry.status,
        error: retry.error,
        delayMs: retry.delayMs,
        reason: retry.reason,
      }));
      try {
        await sleep(retry.delayMs, callerSignal, () => abortedError(attempt, number));
      } catch (error) {
        throw failed(logger, error as PunchclockError, attempt, started);
      }
    }
  };
}

/** What every log event of an attempt starts with. */
function eventBase(attempt: Attempt): LogEventBase {
  const { context } = attempt;
  return { ...context.operation, url: context.redactor.redactUrl(attempt.request.url), attempt: attempt.number };
}

/** The error of a call its caller aborted, after `attempts` attempts. */
function abortedError(attempt: Attempt, attempts: number): PunchclockError {
  const { context } = attempt;
  return abortErrorFor(attempt.callerSignal, describeOperation(context.operation), { ...context, attempts });
}

/** Logs the error a call ends with, and returns it. */
function failed(logger: Logger | undefined, error: PunchclockError, attempt: Attempt, started: number): PunchclockError {
  emit(logger, () => ({ type: "error", ...eventBase(attempt), error, durationMs: performance.now() - started }));
  return error;
}

/** One call's attempts: what each needs, and which one this is. */
interface Attempt {
  readonly request: SendableRequest;
  /** The request when it goes to the platform's fetch as `fetch(url, init)` (see {@link OutgoingRequest}). */
  readonly deferred: OutgoingRequest | undefined;
  /** The body every attempt sends: the deferred request's string, or a Request's bytes. */
  readonly body: ArrayBuffer | string | undefined;
  /** The caller's signal (a Request always has one; a deferred request only when the call was given one). */
  readonly callerSignal: AbortSignal | undefined;
  readonly context: RequestContext;
  number: number;
  /** 0 for none. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly fetch: FetchFunction;
  readonly keepRedirect: boolean;
  readonly refuseRedirects: boolean;
  readonly abortable: boolean;
}

/** One attempt: send, follow same-origin redirects, read the whole body, all under one time limit. */
async function sendOnce(attempt: Attempt): Promise<{ response: Response; bytes: number }> {
  const { request: original, body, context, callerSignal } = attempt;
  // A timer only when there is a time limit. The caller's signal is forwarded with a listener rather than
  // `AbortSignal.any`, which costs a registry entry and a weak reference per attempt, and only when it can
  // fire at all.
  const timer = attempt.timeoutMs > 0 ? startTimer(attempt.timeoutMs) : undefined;
  const signal = timer ? timer.controller.signal : callerSignal;
  let forward: (() => void) | undefined;
  if (timer) {
    const { controller } = timer;
    if (callerSignal?.aborted) controller.abort(callerSignal.reason);
    else if (attempt.abortable && callerSignal) {
      forward = () => controller.abort(callerSignal.reason);
      callerSignal.addEventListener("abort", forward, { once: true });
    }
  }
  // A deferred request goes as `fetch(url, init)` (fetch builds its only Request). A Request without a body
  // that does not follow redirects on its own (a client's, for a fetch of the caller's) is sent as it is,
  // with the attempt's signal in `init`: building a second Request with a signal here cost more than the
  // rest of the runtime together (pnpm bench).
  const asItIs = body === undefined && original.redirect === "manual";
  const { deferred } = attempt;
  let url = "";
  let method = "";
  let requestBody = body;
  let headers: Headers | undefined;
  let hops = 0;
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      // Called as a plain function: a browser's fetch throws "Illegal invocation" when called as a method.
      const { fetch } = attempt;
      // A fresh init per attempt: a fetch may change the object it is given.
      if (redirects === 0 && deferred) {
        // Redirects are followed here (`manual`), so each hop's origin is checked.
        response = await (fetch as typeof globalThis.fetch)(deferred.url, { ...deferred.init, signal, redirect: "manual" });
      } else if (redirects === 0 && asItIs) response = await fetch(original as Request, timer ? { signal } : undefined);
      else {
        if (headers === undefined) ({ url, method, headers } = partsOf(original));
        response = await fetch(new Request(url, { method, headers, body: requestBody, signal, redirect: "manual" }));
      }
      if (response.type === "opaqueredirect") {
        throw new RedirectError(`${describeOperation(context.operation)} was redirected, and this runtime hides where to`, {
          ...context,
          status: 0,
        });
      }
      // As fetch: any redirect status fails the call, with a Location or without.
      if (attempt.refuseRedirects && REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        throw new RedirectError(
          `${describeOperation(context.operation)} was redirected, which the call refused (redirect: "error")`,
          {
            ...context,
            status: response.status,
          },
        );
      }
      // The caller wants the redirect itself, not its target.
      const location = REDIRECT_STATUSES.has(response.status) && !attempt.keepRedirect ? response.headers.get("Location") : null;
      if (location === null) return await bufferedResponse(response, attempt);
      hops++;
      await response.body?.cancel().catch(() => undefined);
      if (headers === undefined) ({ url, method, headers } = partsOf(original));
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        // Not a ConnectionError: asking again would bring the same Location.
        throw new RedirectError(`${describeOperation(context.operation)} was redirected to a Location that is not a URL`, {
          ...context,
          status: response.status,
        });
      }
      if (redirects >= attempt.maxRedirects) {
        throw new RedirectError(
          `${describeOperation(context.operation)} was redirected more than ${attempt.maxRedirects} times (a redirect loop?)`,
          { ...context, status: response.status },
        );
      }
      if (next.username || next.password) {
        // fetch refuses such a URL with a TypeError that holds it; as a retryable ConnectionError it would be
        // sent three times. The server chose the credentials; they are not repeated here.
        throw new RedirectError(
          `${describeOperation(context.operation)} was redirected to a URL with credentials in it; not followed`,
          { ...context, status: response.status },
        );
      }
      if (next.origin !== new URL(url).origin) {
        throw new RedirectError(
          `${describeOperation(context.operation)} was redirected to another origin (${next.origin}); not followed, because the credentials would go along. Use that origin as the base URL if it is right.`,
          { ...context, status: response.status },
        );
      }
      // As browsers do: 303 becomes GET, and so do 301/302 after a POST; 307/308 repeat the request as it was.
      if (
        (response.status === 303 && method !== "HEAD") ||
        ((response.status === 301 || response.status === 302) && method === "POST")
      ) {
        method = "GET";
        requestBody = undefined;
        headers = copyHeaders(headers);
        headers.delete("Content-Type");
        headers.delete("Content-Length");
      }
      url = next.toString();
    }
  } catch (error) {
    if (callerSignal?.aborted)
      throw abortErrorFor(callerSignal, describeOperation(context.operation), { ...context, attempts: attempt.number });
    if (timer?.controller.signal.aborted) {
      throw new TimeoutError(
        `${describeOperation(context.operation)} timed out after ${attempt.timeoutMs} ms (attempt ${attempt.number})`,
        { ...context, timeoutMs: attempt.timeoutMs, attempts: attempt.number },
      );
    }
    if (error instanceof PunchclockError) throw error;
    throw ConnectionError.fromFailure(error, { ...context, attempts: attempt.number });
  } finally {
    if (timer) stopTimer(timer, hops === 0);
    if (forward) callerSignal?.removeEventListener("abort", forward);
  }
}

/**
 * What a redirect hop is built from, read only when there is one. The Request constructor copies the headers
 * anyway; they are copied here only when a redirect changes them.
 */
function partsOf(request: SendableRequest): { url: string; method: string; headers: Headers } {
  const { headers } = request;
  return { url: request.url, method: request.method, headers: headers instanceof Headers ? headers : copyHeaders(headers) };
}

/**
 * The response over its whole body, read once and refused beyond `maxBytes`; a body cut short is a
 * ConnectionError. The encoding headers of the result describe the buffered body.
 */
async function bufferedResponse(response: Response, attempt: Attempt): Promise<{ response: Response; bytes: number }> {
  const { context } = attempt;
  const status = response.status;
  if (status < 200 || status > 599) {
    await response.body?.cancel().catch(() => undefined);
    // The server's answer, not a failed connection: asking again would bring the same status.
    throw new PunchclockError(`${describeOperation(context.operation)} got an unusable HTTP status ${status}`, context);
  }
  const declaredLength = response.headers.get("Content-Length");
  const encoded = response.headers.has("Content-Encoding");
  const body = response.body;
  const bytes = body === null ? undefined : await readBody(response, body, declaredLength, encoded, attempt);
  // The Response constructor copies native headers itself; headers of another implementation are copied
  // entry by entry (see copyHeaders). A reason phrase the Response cannot carry (`OK ✓`) is dropped: it would
  // throw here and turn a good 200 into a ConnectionError.
  const init = {
    status,
    statusText: usableStatusText(response),
    headers: response.headers instanceof Headers ? response.headers : copyHeaders(response.headers),
  };
  const rebuilt =
    NULL_BODY_STATUSES.has(status) || bytes === undefined ? new Response(null, init) : new BufferedResponse(bytes, init);
  if (bytes === undefined && attempt.request.method === "HEAD") {
    // A HEAD's headers describe the body a GET would get (its Content-Length is that body's size), as fetch
    // leaves them. Other responses without a body say `Content-Length: 0`, which openapi-fetch reads as "no
    // body" (a 304 would otherwise give `error: ""`).
    return { response: rebuilt, bytes: 0 };
  }
  const length = String(bytes?.byteLength ?? 0);
  // The encoding headers now describe the buffered body; most responses need no change (and keep theirs).
  if (encoded) rebuilt.headers.delete("Content-Encoding");
  if (declaredLength === null || encoded) rebuilt.headers.delete("Transfer-Encoding");
  if (declaredLength !== length) rebuilt.headers.set("Content-Length", length);
  return { response: rebuilt, bytes: bytes?.byteLength ?? 0 };
}

/**
 * Whether `value` is a Uint8Array (a Buffer too) of any realm: `instanceof` fails for one made by another
 * global, such as a test environment's (jsdom) or a vm context's.
 */
function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "Uint8Array";
}

/** A Content-Length the message of a body cut short can name: digits only (a list or junk is not named). */
const DECIMAL = /^\d+$/;

function tooLarge(response: Response, { context, maxBytes }: Attempt): ResponseTooLargeError {
  return new ResponseTooLargeError(
    `${describeOperation(context.operation)} returned a body larger than ${maxBytes} bytes; not read further`,
    { ...context, maxBytes, status: response.status },
  );
}

/**
 * Reads the body, refusing to hold more than `maxBytes`; a body cut short is a ConnectionError. Chunk by
 * chunk, whatever the size: `response.arrayBuffer()` copies the whole body once more, which cost 3 us of a
 * 1 kB body and 10-20 us of a 38 kB one in Node 20 (pnpm bench, loopback).
 */
async function readBody(
  response: Response,
  body: ReadableStream<Uint8Array>,
  declaredLength: string | null,
  encoded: boolean,
  attempt: Attempt,
): Promise<Uint8Array> {
  const { context, maxBytes } = attempt;
  const declared = Number(declaredLength);
  if (!encoded && declared > maxBytes) {
    await body.cancel().catch(() => undefined);
    throw tooLarge(response, attempt);
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      // A fetch of another kind may stream anything; `arrayBuffer()` would refuse what is not bytes, and so
      // does this loop (not a ConnectionError: sending again would stream the same).
      if (!isBytes(value)) {
        await reader.cancel().catch(() => undefined);
        throw new PunchclockError(
          `${describeOperation(context.operation)}: the fetch in use streamed a response body chunk that is not a Uint8Array`,
          context,
        );
      }
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(response, attempt);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PunchclockError) throw error;
    if (encoded && isDecompressionFailure(error)) {
      throw new PunchclockError(
        `${describeOperation(context.operation)}: the response body does not decompress (Content-Encoding ${response.headers.get("Content-Encoding")})`,
        { ...context, cause: error },
      );
    }
    throw new ConnectionError(
      `${describeOperation(context.operation)}: the connection closed before the response body was complete (${length}${encoded || !DECIMAL.test(declaredLength ?? "") ? "" : ` of ${declared}`} bytes read)`,
      { ...context, cause: error, attempts: attempt.number },
    );
  } finally {
    reader.releaseLock();
  }
  const [only] = chunks;
  // A chunk that is a view into a larger buffer is copied, so the response does not keep the rest alive
  // (Node's fetch gives each chunk a buffer of its own).
  if (chunks.length === 1 && only) return only.byteLength === only.buffer.byteLength ? only : only.slice();
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
