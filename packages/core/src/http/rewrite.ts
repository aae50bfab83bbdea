import { sharedState } from "../internal/shared-state.js";

const { keptRedirects } = sharedState();

/**
 * Returns a copy of `request` with another URL and, optionally, other headers. Buffers the body, because a
 * streamed body cannot be handed from one Request to another without `duplex: "half"` quirks. A request
 * whose redirect goes to the caller (see `keepRedirect`) stays one.
 */
export async function rewriteRequest(request: Request, changes: { url?: string | URL; headers?: Headers }): Promise<Request> {
  const body = request.body === null ? undefined : await request.arrayBuffer();
  const rewritten = new Request(changes.url ?? request.url, {
    method: request.method,
    headers: changes.headers ?? request.headers,
    body,
    signal: request.signal,
    redirect: request.redirect,
    credentials: request.credentials,
    cache: request.cache,
    keepalive: request.keepalive,
    integrity: request.integrity,
    referrer: request.referrer,
    referrerPolicy: request.referrerPolicy,
    mode: request.mode,
  });
  if (keptRedirects.has(request)) keptRedirects.add(rewritten);
  return rewritten;
}
