import type { Middleware } from "openapi-fetch";
import { sharedState } from "../internal/shared-state.js";

const { contextsByRequest, keptRedirects } = sharedState();

/**
 * The `RequestInit` a client runtime gives openapi-fetch: every request is made with `redirect: "manual"`,
 * so the transport can send openapi-fetch's own Request as it is (one Request per call, not two) and still
 * see each redirect itself, to refuse those that leave the origin. Whether a redirect is followed is then
 * the transport's decision, see {@link keepsRedirect}.
 */
export const CLIENT_REQUEST_INIT = { redirect: "manual" } as const satisfies RequestInit;

/**
 * Hands the redirect response of `request` to the caller instead of following it (`redirect: "manual"` as
 * the caller means it). {@link rewriteRequest} carries the mark over to the rewritten request.
 */
export function keepRedirect(request: Request): void {
  keptRedirects.add(request);
}

/**
 * Whether the transport hands a redirect response of `request` to the caller: for a request of a client
 * (tagged by `requestTagger`), when the call asked for it (`redirect: "manual"`, see {@link keepRedirect});
 * for any other request, when it was made with `redirect: "manual"`.
 */
export function keepsRedirect(request: Request): boolean {
  return contextsByRequest.has(request) ? keptRedirects.has(request) : request.redirect === "manual";
}

/** Per-call middleware that marks the final request of a call made with `redirect: "manual"`. */
export const keepRedirectOfCall: Middleware = {
  onRequest({ request }) {
    keepRedirect(request);
    return undefined;
  },
};
