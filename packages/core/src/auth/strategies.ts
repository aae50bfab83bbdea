import { rewriteRequest } from "../http/rewrite.js";

/**
 * How a client proves who it is. A strategy adds credentials to each outgoing request and names the
 * secrets it holds, so errors and logs can redact them.
 */
export interface AuthStrategy {
  /** Short, secret-free name for logs: `"bearer"`, `"basic"`, ... */
  readonly kind: string;
  /** Every string that must never appear in an error or log (tokens, passwords, encoded forms of them). */
  readonly secrets: readonly string[];
  /** Returns the request with credentials added. */
  authenticate(request: Request): Request | Promise<Request>;
}

/**
 * The `authenticate` functions of this module's strategies: they only set headers (or rewrite the URL with
 * `rewriteRequest`), so they take a request not built yet (`OutgoingRequest`) as it is. The function is
 * recognised, not the strategy object: an `authenticate` replaced or wrapped by the caller gets a Request.
 */
const builtIn = new WeakSet<AuthStrategy["authenticate"]>();

function ours(strategy: AuthStrategy): AuthStrategy {
  builtIn.add(strategy.authenticate);
  return strategy;
}

/** Whether `strategy.authenticate` is one of this module's (see `OutgoingRequest`). */
export function takesOutgoingRequests(strategy: AuthStrategy): boolean {
  return builtIn.has(strategy.authenticate);
}

function requireSecret(value: string, what: string): string {
  if (typeof value !== "string" || value.length === 0) throw new TypeError(`${what} must be a non-empty string`);
  return value;
}

/** Visible ASCII, inner spaces allowed: what an HTTP header carries unchanged (no trimming, no CR/LF). */
const HEADER_SAFE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * A secret that goes into a header must survive it unchanged. The error never repeats the value: fetch's
 * own error for a bad header value would.
 */
function requireHeaderSafe(value: string, what: string): string {
  requireSecret(value, what);
  if (!HEADER_SAFE.test(value)) {
    throw new TypeError(
      `${what} contains characters an HTTP header cannot carry (control characters, non-ASCII, or surrounding spaces)`,
    );
  }
  return value;
}

function withHeader(request: Request, name: string, value: string): Request {
  request.headers.set(name, value);
  return request;
}

/**
 * `Authorization: Bearer <token>`: Kimai API tokens (Kimai >= 2.14).
 *
 * @example
 * const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken(process.env.KIMAI_TOKEN ?? "") });
 */
export function bearerToken(token: string): AuthStrategy {
  requireHeaderSafe(token, "The bearer token");
  const authorization = `Bearer ${token}`;
  return ours({
    kind: "bearer",
    secrets: [token],
    authenticate: (request) => withHeader(request, "Authorization", authorization),
  });
}

/**
 * Kimai's `X-AUTH-USER` + `X-AUTH-TOKEN` pair (username and API password).
 *
 * @example
 * const kimai = createKimaiClient({ baseUrl, auth: kimaiLegacyHeaders({ username: "susan", apiPassword: "api-password" }) });
 * @deprecated Kimai replaced it with API tokens in 2.14; use {@link bearerToken}.
 */
export function kimaiLegacyHeaders(credentials: { username: string; apiPassword: string }): AuthStrategy {
  const username = requireHeaderSafe(credentials.username, "The username");
  const password = requireHeaderSafe(credentials.apiPassword, "The API password");
  return ours({
    kind: "kimai-legacy",
    secrets: [password],
    authenticate: (request) => withHeader(withHeader(request, "X-AUTH-USER", username), "X-AUTH-TOKEN", password),
  });
}

/**
 * A mite API key, sent as the `X-MiteApiKey` header. `{ in: "query" }` sends `?api_key=` instead, which mite
 * accepts but which puts the key into every log and proxy that sees the URL: use it only where headers
 * cannot be set.
 *
 * @example
 * const mite = createMiteClient({ account: "acme", auth: miteApiKey(process.env.MITE_API_KEY ?? "") });
 * const viaQuery = miteApiKey(key, { in: "query" }); // sends ?api_key=...: only where headers cannot be set
 */
export function miteApiKey(apiKey: string, options: { in?: "header" | "query" } = {}): AuthStrategy {
  const placement = options.in ?? "header";
  if (placement === "header") requireHeaderSafe(apiKey, "The mite API key");
  else requireSecret(apiKey, "The mite API key");
  return ours({
    kind: `mite-api-key-${placement}`,
    secrets: [apiKey, encodeURIComponent(apiKey)],
    authenticate(request) {
      if (placement === "header") return withHeader(request, "X-MiteApiKey", apiKey);
      const url = new URL(request.url);
      url.searchParams.set("api_key", apiKey);
      return rewriteRequest(request, { url });
    },
  });
}

/**
 * HTTP Basic authentication (mite: email and password). The username cannot contain a colon.
 *
 * @example
 * const mite = createMiteClient({ account: "acme", auth: basicAuth({ username: "susan@example.com", password }) });
 */
export function basicAuth(credentials: { username: string; password: string }): AuthStrategy {
  requireSecret(credentials.username, "The username");
  if (credentials.username.includes(":")) throw new TypeError("A Basic auth username cannot contain a colon (RFC 7617)");
  const password = requireSecret(credentials.password, "The password");
  const encoded = base64Utf8(`${credentials.username}:${password}`);
  const authorization = `Basic ${encoded}`;
  return ours({
    kind: "basic",
    secrets: [password, encoded],
    authenticate: (request) => withHeader(request, "Authorization", authorization),
  });
}

function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
