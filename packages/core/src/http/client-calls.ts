const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/** The options of one openapi-fetch call, as far as the runtime reads them. */
export type CallInit =
  | {
      baseUrl?: unknown;
      params?: unknown;
      parseAs?: unknown;
      redirect?: unknown;
      signal?: unknown;
      middleware?: unknown;
      fetch?: unknown;
      Request?: unknown;
    }
  | undefined;

/** An openapi-fetch result, as far as the runtime reads it. */
export interface CallResult {
  readonly response: Response;
}

/** Calls openapi-fetch's own method for the path with these options. */
export type CallThrough = (schemaPath: string, init: CallInit) => Promise<CallResult>;

/**
 * What a client runtime does with each call: check it, then call through (with options of its own) and
 * return the result. A throw becomes the call's rejected promise.
 */
export type WrapCall = (method: string, schemaPath: string, init: CallInit, through: CallThrough) => Promise<CallResult>;

/**
 * Wraps the call methods of an openapi-fetch client (`GET`, ..., `request`) so that `wrap` sees every call's
 * method, path template and options first. Returns the same client.
 */
export function wrapClientCalls<C extends object>(client: C, wrap: WrapCall): C {
  const target = client as Record<string, unknown>;
  for (const method of METHODS) {
    const original = target[method];
    if (typeof original !== "function") continue;
    const through = original as CallThrough;
    target[method] = (url: unknown, init?: CallInit) => {
      try {
        return wrap(method, String(url), init === null || typeof init !== "object" ? undefined : init, through);
      } catch (error) {
        // A rejected promise, like every other failure of a call, not a synchronous throw.
        return Promise.reject(error);
      }
    };
  }
  const request = target.request;
  if (typeof request === "function") {
    target.request = (method: unknown, url: unknown, init?: CallInit) => {
      try {
        const through: CallThrough = (schemaPath, prepared) => request(method, schemaPath, prepared);
        return wrap(
          String(method).toUpperCase(),
          String(url),
          init === null || typeof init !== "object" ? undefined : init,
          through,
        );
      } catch (error) {
        return Promise.reject(error);
      }
    };
  }
  return client;
}
