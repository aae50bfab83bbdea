import { describeOperation, PunchclockError } from "../errors/punchclock-error.js";
import {
  abortErrorFor,
  ConnectionError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from "../errors/transport-errors.js";
import { type RequestContext, requestContextOf } from "../http/operations.js";
import { keepsRedirect } from "../http/redirects.js";
import { emit, type LogEventBase, type Logger } from "./logging.js";
import { BufferedResponse, copyHeaders, usableStatusText } from "./responses.js";
import {
  mayRetryMethod,
  nonNegativeNumber,
  parseRetryAfter,
  type RetryOptions,
  retryDelay,
  retryPolicy,
  setLongTimeout,
  sleep,
} from "./retry.js";

/**
 * A fetch function: called as `fetch(request)` or `fetch(request, init)`, and like the global `fetch` it must
 * apply `init` over the request (the transport passes its per-attempt `signal` that way).
 */
export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

/** Options of {@link createTransport}; every client accepts the same ones. */
export interface TransportOptions {
  /** The fetch to send with (default: the global `fetch`, looked up at call time). */
  fetch?: FetchFunction | undefined;
  /** Retry policy, or `false` to never retry. See {@link RetryOptions} for the defaults. */
  retry?: RetryOptions | false | undefined;
  /**
   * Time limit of each attempt in milliseconds, from sending the request to the last byte of the body: a
   * number >= 0 (default 60000; 0 or `Infinity` means none). Limits longer than a Node timer holds (about
   * 24.8 days) are kept, not shortened. The caller's `signal` can end a request earlier.
   */
  timeoutMs?: number | undefined;
  /** Largest accepted response body in bytes, after decompression: a number >= 0 (default 100 MiB). */
  maxResponseBytes?: number | undefined;
  /**
   * Same-origin redirects followed per attempt: an integer >= 0 (default 5). Redirects to another origin are
   * always refused. A request made with `redirect: "manual"` gets the redirect response itself (for a client:
   * a call made with `redirect: "manual"`).
   */
  maxRedirects?: number | undefined;
  /** Receives request, response, retry and error events. */
  logger?: Logger | undefined;
}

const DEFAULT_TIMEOUT_MS = 60_000;
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
  const policy = retryPolicy(options.retry);
  const timeoutMs = nonNegativeNumber(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, "timeoutMs");
  const maxBytes = nonNegativeNumber(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, "maxResponseBytes");
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  if (!Number.isSafeInteger(maxRedirects) || maxRedirects < 0) throw new RangeError("maxRedirects must be an integer >= 0");
  const { logger } = options;
  // Checked here: called later, a wrong value would fail every request (fetch) or log nothing, silently (logger).
  if (logger !== undefined && typeof logger !== "function") throw new TypeError("logger must be a function");
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw new TypeError("fetch must be a function");

  return async function send(request: Request): Promise<Response> {
    const context = requestContextOf(request);
    const { redactor } = context;
    const callerSignal = request.signal;
    const started = performance.now();
    const body = request.body === null ? undefined : await request.arrayBuffer();
    const retriesAllowed = mayRetryMethod(policy, request.method) ? policy.maxRetries : 0;
    const eventBase = (attempt: number): LogEventBase => ({
      ...context.operation,
      url: redactor.redactUrl(request.url),
      attempt,
    });
    const aborted = (attempts: number) =>
      abortErrorFor(callerSignal, describeOperation(context.operation), { ...context, attempts });

    for (let attempt = 1; ; attempt++) {
      if (callerSignal.aborted) throw failed(aborted(attempt - 1), attempt);
      emit(logger, () => ({ type: "request", ...eventBase(attempt), headers: redactor.redactHeaders(request.headers) }));
      const attemptStarted = performance.now();
      let retry: { delayMs: number; reason: string; status?: number; error?: PunchclockError };
      try {
        const { response, bytes } = await sendOnce(request, body, context, attempt, {
          timeoutMs,
          maxBytes,
          maxRedirects,
          fetch: options.fetch,
        });
        emit(logger, () => ({
          type: "response",
          ...eventBase(attempt),
          status: response.status,
          durationMs: performance.now() - attemptStarted,
          bytes,
        }));
        if (attempt > retriesAllowed || !policy.statuses.includes(response.status)) return response;
        const retryAfterMs = parseRetryAfter(response.headers.get("Retry-After"));
        retry = {
          delayMs: retryDelay(policy, attempt, retryAfterMs),
          reason: retryAfterMs === undefined ? `status ${response.status}` : "Retry-After",
          status: response.status,
        };
      } catch (thrown) {
        const error =
          thrown instanceof PunchclockError ? thrown : ConnectionError.fromFailure(thrown, { ...context, attempts: attempt });
        if (callerSignal.aborted || !(error instanceof ConnectionError) || attempt > retriesAllowed) {
          throw failed(error, attempt);
        }
        retry = { delayMs: retryDelay(policy, attempt, undefined), reason: error.name, error };
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
        await sleep(retry.delayMs, callerSignal, () => aborted(attempt));
      } catch (error) {
        throw failed(error as PunchclockError, attempt);
      }
    }

    function failed(error: PunchclockError, attempt: number): PunchclockError {
      const durationMs = performance.now() - started;
      emit(logger, () => ({ type: "error", ...eventBase(attempt), error, durationMs }));
      return error;
    }
  };
}

interface AttemptLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly fetch: FetchFunction | undefined;
}

/** One attempt: send, follow same-origin redirects, read the whole body, all under one timeout. */
async function sendOnce(
  original: Request,
  body: ArrayBuffer | undefined,
  context: RequestContext,
  attempt: number,
  limits: AttemptLimits,
): Promise<{ response: Response; bytes: number }> {
  const callerSignal = original.signal;
  // A timer and a second signal only when there is a time limit. The caller's signal is forwarded with a
  // listener rather than `AbortSignal.any`, which costs a registry entry and a weak reference per attempt
  // and was the largest single cost of a call (pnpm bench).
  const timed = limits.timeoutMs > 0 && limits.timeoutMs !== Number.POSITIVE_INFINITY;
  const timeout = timed ? new AbortController() : undefined;
  const forward = timeout && (() => timeout.abort(callerSignal.reason));
  let cancelTimer: (() => void) | undefined;
  if (timeout && forward) {
    // A plain setTimeout over 2^31-1 ms would fire after 1 ms: `timeoutMs: 3e9` would time out at once.
    const stop = setLongTimeout(() => timeout.abort(new DOMException("The attempt timed out", "TimeoutError")), limits.timeoutMs);
    if (callerSignal.aborted) forward();
    else callerSignal.addEventListener("abort", forward, { once: true });
    cancelTimer = () => {
      stop();
      callerSignal.removeEventListener("abort", forward);
    };
  }
  const signal = timeout ? timeout.signal : callerSignal;
  const fetchImpl = limits.fetch ?? globalThis.fetch;
  // A request without a body that does not follow redirects on its own (every request of a client, see
  // CLIENT_REQUEST_INIT) is sent as it is, with the attempt's signal in `init`, as fetch takes it: building a
  // second Request with a signal cost more than the rest of the runtime together (pnpm bench).
  const asItIs = original.redirect === "manual" && body === undefined;
  const keepRedirect = keepsRedirect(original);
  let url = original.url;
  let method = original.method;
  let requestBody = body;
  // The Request constructor copies the headers anyway; they are copied here only when a redirect changes them.
  let headers = original.headers instanceof Headers ? original.headers : copyHeaders(original.headers);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await (redirects === 0 && asItIs
        ? fetchImpl(original, timeout ? { signal } : undefined)
        : fetchImpl(new Request(url, { method, headers, body: requestBody, signal, redirect: "manual" })));
      if (response.type === "opaqueredirect") {
        throw new RedirectError(`${describeOperation(context.operation)} was redirected, and this runtime hides where to`, {
          ...context,
          status: 0,
        });
      }
      // The caller wants the redirect itself, not its target.
      const location = REDIRECT_STATUSES.has(response.status) && !keepRedirect ? response.headers.get("Location") : null;
      if (location === null) {
        const bytes = await readBody(response, limits.maxBytes, context, attempt);
        return { response: rebuiltResponse(response, bytes, context), bytes: bytes?.byteLength ?? 0 };
      }
      await response.body?.cancel().catch(() => undefined);
      const next = new URL(location, url);
      if (redirects >= limits.maxRedirects) {
        throw new RedirectError(
          `${describeOperation(context.operation)} was redirected more than ${limits.maxRedirects} times (a redirect loop?)`,
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
    if (callerSignal.aborted)
      throw abortErrorFor(callerSignal, describeOperation(context.operation), { ...context, attempts: attempt });
    if (timeout?.signal.aborted) {
      throw new TimeoutError(
        `${describeOperation(context.operation)} timed out after ${limits.timeoutMs} ms (attempt ${attempt})`,
        {
          ...context,
          timeoutMs: limits.timeoutMs,
          attempts: attempt,
        },
      );
    }
    if (error instanceof PunchclockError) throw error;
    throw ConnectionError.fromFailure(error, { ...context, attempts: attempt });
  } finally {
    cancelTimer?.();
  }
}

/** Reads the body, refusing to hold more than `maxBytes`; a body cut short is a ConnectionError. */
async function readBody(
  response: Response,
  maxBytes: number,
  context: RequestContext,
  attempt: number,
): Promise<Uint8Array | undefined> {
  if (response.body === null) return undefined;
  const tooLarge = () =>
    new ResponseTooLargeError(
      `${describeOperation(context.operation)} returned a body larger than ${maxBytes} bytes; not read further`,
      {
        ...context,
        maxBytes,
        status: response.status,
      },
    );
  const declaredLength = response.headers.get("Content-Length");
  const declared = Number(declaredLength);
  const encoded = response.headers.has("Content-Encoding");
  if (!encoded && declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!encoded && declaredLength !== null && Number.isSafeInteger(declared)) {
    // The length is known and within the limit (fetch ends a body at its Content-Length): one read, without
    // the chunk loop. The limit is checked again in case a fetch of another kind sent more than it declared.
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      throw new ConnectionError(
        `${describeOperation(context.operation)}: the connection closed before the response body was complete (${declared} bytes declared)`,
        { ...context, cause: error, attempts: attempt },
      );
    }
    if (bytes.byteLength > maxBytes) throw tooLarge();
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PunchclockError) throw error;
    throw new ConnectionError(
      `${describeOperation(context.operation)}: the connection closed before the response body was complete (${length} bytes read)`,
      { ...context, cause: error, attempts: attempt },
    );
  } finally {
    reader.releaseLock();
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The same response over the buffered body; its encoding headers now describe that body. */
function rebuiltResponse(response: Response, bytes: Uint8Array | undefined, context: RequestContext): Response {
  const status = response.status;
  if (status < 200 || status > 599) {
    throw new ConnectionError(`${describeOperation(context.operation)} got an unusable HTTP status ${status}`, context);
  }
  const body = NULL_BODY_STATUSES.has(status) || bytes === undefined ? null : bytes;
  // The Response constructor copies native headers itself; headers of another implementation are copied
  // entry by entry (see copyHeaders). A reason phrase the Response cannot carry (`OK ✓`) is dropped: it would
  // throw here and turn a good 200 into a ConnectionError.
  const init = {
    status,
    statusText: usableStatusText(response),
    headers: response.headers instanceof Headers ? response.headers : copyHeaders(response.headers),
  };
  const rebuilt = body === null ? new Response(null, init) : new BufferedResponse(body, init);
  // The encoding headers now describe the buffered body.
  rebuilt.headers.delete("Content-Encoding");
  rebuilt.headers.delete("Transfer-Encoding");
  const length = String(bytes?.byteLength ?? 0);
  if (rebuilt.headers.get("Content-Length") !== length) rebuilt.headers.set("Content-Length", length);
  return rebuilt;
}
