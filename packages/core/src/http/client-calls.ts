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
    }
  | undefined;

/**
 * What a client runtime does with each call before openapi-fetch builds the request: check it and return
 * the options to call openapi-fetch with. A throw becomes the call's rejected promise.
 */
export type PrepareCall = (method: string, schemaPath: string, init: CallInit) => CallInit;

/**
 * Wraps the call methods of an openapi-fetch client (`GET`, ..., `request`) so that `prepare` sees every
 * call's method, path template and options first. Returns the same client.
 */
export function wrapClientCalls<C extends object>(client: C, prepare: PrepareCall): C {
  const target = client as Record<string, unknown>;
  for (const method of METHODS) {
    const original = target[method];
    if (typeof original !== "function") continue;
    target[method] = (url: unknown, init?: CallInit) => {
      let prepared: CallInit;
      try {
        prepared = prepare(method, String(url), init === null || typeof init !== "object" ? undefined : init);
      } catch (error) {
        // A rejected promise, like every other failure of a call, not a synchronous throw.
        return Promise.reject(error);
      }
      return original(url, prepared);
    };
  }
  const request = target.request;
  if (typeof request === "function") {
    target.request = (method: unknown, url: unknown, init?: CallInit) => {
      let prepared: CallInit;
      try {
        prepared = prepare(
          String(method).toUpperCase(),
          String(url),
          init === null || typeof init !== "object" ? undefined : init,
        );
      } catch (error) {
        return Promise.reject(error);
      }
      return request(method, url, prepared);
    };
  }
  return client;
}
