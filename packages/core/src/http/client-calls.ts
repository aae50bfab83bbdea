import { checkBaseUrl } from "./base-url.js";
import { keepRedirectOfCall } from "./redirects.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

type CallInit = { baseUrl?: unknown; redirect?: unknown; middleware?: unknown } | null | undefined;

/**
 * What a client runtime needs to see of each call's options before openapi-fetch builds the request:
 * a per-request `baseUrl` (`kimai.GET(path, { baseUrl })`) is checked as {@link checkBaseUrl} checks the
 * client's own, and `redirect: "manual"` is recorded (see `keepRedirect`), since every request of a client
 * is made with `redirect: "manual"` anyway. Returns the same client, its call methods wrapped.
 */
export function wrapClientCalls<C extends object>(client: C): C {
  const target = client as Record<string, unknown>;
  for (const method of METHODS) {
    const original = target[method];
    if (typeof original !== "function") continue;
    target[method] = (url: unknown, init?: CallInit) => {
      const checked = checkedInit(init);
      return checked instanceof Promise ? checked : original(url, checked);
    };
  }
  const request = target.request;
  if (typeof request === "function") {
    target.request = (method: unknown, url: unknown, init?: CallInit) => {
      const checked = checkedInit(init);
      return checked instanceof Promise ? checked : request(method, url, checked);
    };
  }
  return client;
}

/** The call's options, with the redirect marker added where needed; a rejected promise for a bad `baseUrl`. */
function checkedInit(init: CallInit): CallInit | Promise<never> {
  if (init === null || typeof init !== "object") return init;
  const { baseUrl } = init;
  try {
    // A rejected promise, like every other failure of a call, not a synchronous throw.
    if (baseUrl !== undefined && baseUrl !== "") checkBaseUrl(baseUrl, "The request's baseUrl");
  } catch (error) {
    return Promise.reject(error);
  }
  if (init.redirect !== "manual") return init;
  const middleware = Array.isArray(init.middleware) ? init.middleware : [];
  return { ...init, middleware: [...middleware, keepRedirectOfCall] };
}
