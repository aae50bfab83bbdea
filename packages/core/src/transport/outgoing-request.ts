/**
 * A request that is not a `Request` yet: the URL and init openapi-fetch would have built one from. A client
 * hands this class to openapi-fetch as the `Request` of every call no middleware sees, and the transport
 * sends it with the platform's fetch as `fetch(url, init)`. fetch builds a Request of its own from whatever
 * it is given, and copies a Request it is given (its signal too): one Request a call instead of two, about
 * a tenth of a loopback call (pnpm bench). Whatever needs a real Request (a fetch or an auth strategy of the
 * caller's) gets one from {@link toRequest}, made as openapi-fetch would have made it.
 *
 * Only requests of the shape openapi-fetch makes for a call are deferred (see {@link deferrable}); the
 * properties mirror `Request`'s as far as the runtime reads them.
 */
export class OutgoingRequest {
  readonly url: string;
  /** The init as openapi-fetch gave it: its `headers` are a `Headers` (mutable, as a Request's are). */
  readonly init: OutgoingInit;

  constructor(url: string | URL, init: RequestInit = {}) {
    this.url = String(url);
    const headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.init = init.headers === headers ? (init as OutgoingInit) : { ...init, headers };
    const method = this.init.method;
    // The one refusal of the Request constructor a call can reach without a middleware (a body on a GET,
    // from plain JavaScript): thrown here, as openapi-fetch's Request would, not from fetch, where it would
    // look like a connection failure.
    if (init.body != null && (method === undefined || method === "GET" || method === "HEAD")) {
      throw new TypeError("Request with GET/HEAD method cannot have body.");
    }
  }

  get method(): string {
    return this.init.method ?? "GET";
  }

  get headers(): Headers {
    return this.init.headers;
  }

  /** The body as given (a string for JSON and XML), or `null`; never a stream. */
  get body(): BodyInit | null {
    return this.init.body ?? null;
  }

  /** The caller's signal, if the call was given one. */
  get signal(): AbortSignal | undefined {
    return this.init.signal ?? undefined;
  }

  get redirect(): RequestRedirect {
    return this.init.redirect ?? "follow";
  }

  /** The same request with another URL or headers (auth in the query, mite's format suffix, the ETag cache). */
  with(changes: { url?: string | URL; headers?: Headers }): OutgoingRequest {
    return new OutgoingRequest(changes.url ?? this.url, { ...this.init, headers: changes.headers ?? this.init.headers });
  }

  /** The `Request` openapi-fetch would have made. */
  toRequest(): Request {
    return new Request(this.url, this.init);
  }
}

type OutgoingInit = RequestInit & { headers: Headers };

/** What the runtime sends: a `Request`, or one not built yet. */
export type SendableRequest = Request | OutgoingRequest;

/** The init keys of a call openapi-fetch makes without extra fetch options (`cache`, `credentials`, ...). */
const PLAIN_KEYS = new Set(["method", "headers", "body", "redirect", "signal"]);

/**
 * Whether `request` can go to fetch as `fetch(url, init)` as it is: its body is a string (or none), which
 * every retry can send again, and its init holds nothing but what openapi-fetch sets for a plain call.
 * Anything else is turned into a Request first, so fetch's own checks of rarer options stay where they were.
 */
export function deferrable(request: OutgoingRequest): boolean {
  const { init } = request;
  if (init.body != null && typeof init.body !== "string") return false;
  for (const key in init) if (!PLAIN_KEYS.has(key)) return false;
  return true;
}

/** `request` as a `Request`: built now if it was deferred. */
export function asRequest(request: SendableRequest): Request {
  return request instanceof OutgoingRequest ? request.toRequest() : request;
}
