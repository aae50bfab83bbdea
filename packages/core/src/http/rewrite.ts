/**
 * Returns a copy of `request` with another URL and, optionally, other headers. Buffers the body, because a
 * streamed body cannot be handed from one Request to another without `duplex: "half"` quirks.
 */
export async function rewriteRequest(request: Request, changes: { url?: string | URL; headers?: Headers }): Promise<Request> {
  const body = request.body === null ? undefined : await request.arrayBuffer();
  return new Request(changes.url ?? request.url, {
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
}
