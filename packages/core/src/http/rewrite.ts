import { OutgoingRequest, type SendableRequest } from "../transport/outgoing-request.js";

/**
 * Returns a copy of `request` with another URL and, optionally, other headers. A Request's body is buffered,
 * because a streamed body cannot be handed from one Request to another without `duplex: "half"` quirks; a
 * request not built yet (`OutgoingRequest`) stays one.
 */
export async function rewriteRequest(request: Request, changes: RequestChanges): Promise<Request>;
export async function rewriteRequest(request: SendableRequest, changes: RequestChanges): Promise<SendableRequest>;
export async function rewriteRequest(request: SendableRequest, changes: RequestChanges): Promise<SendableRequest> {
  if (request instanceof OutgoingRequest) return request.with(changes);
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

/** What {@link rewriteRequest} changes. */
export interface RequestChanges {
  url?: string | URL;
  headers?: Headers;
}
