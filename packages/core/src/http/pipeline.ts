import { type AuthStrategy, takesOutgoingRequests } from "../auth/strategies.js";
import { isThenable } from "../internal/thenable.js";
import { asRequest, type SendableRequest } from "../transport/outgoing-request.js";
import type { Sender, TransportCall } from "../transport/transport.js";
import { guardJsonResponse, type JsonGuardCall } from "./json-response.js";
import { tagResponse } from "./operations.js";

/** What a client runtime knows of one call before openapi-fetch builds its request. */
export interface CallContext extends TransportCall, JsonGuardCall {
  /** The path template the call was made with, e.g. `/api/customers/{id}`. */
  readonly schemaPath: string;
}

/**
 * A step of a client's pipeline besides the built-in ones: mite's format suffix and XML decoding, the ETag
 * cache. `onRequest` runs in order before auth and may return a new request; `onResponse` runs in reverse
 * after the transport, on the raw (buffered) response, before the JSON guard, and gets the request as the
 * last `onRequest` left it (without credentials).
 */
export interface ClientStage {
  onRequest?(request: SendableRequest, call: CallContext): SendableRequest | undefined | Promise<SendableRequest | undefined>;
  onResponse?(
    request: SendableRequest,
    response: Response,
    call: CallContext,
  ): Response | undefined | Promise<Response | undefined>;
}

/** What {@link createPipeline} assembles. */
export interface PipelineParts {
  readonly auth: AuthStrategy;
  readonly stages: readonly ClientStage[];
  readonly send: Sender;
}

/**
 * The way of every request of a client, from openapi-fetch's Request to the Response it parses: the stages'
 * `onRequest`, auth (on the final URL), the transport (retries, timeouts, limits), the stages' `onResponse`,
 * the JSON guard, and the tag `unwrap()` names the operation by. It runs as the call's `fetch`, so it costs
 * no middleware hop of openapi-fetch; a user's own `onRequest` sees the request before the credentials are
 * added, and `onResponse` the response after it was checked. The request may be an `OutgoingRequest`
 * (not built yet); an auth strategy of the caller's gets it as a Request.
 */
export function createPipeline({
  auth,
  stages,
  send,
}: PipelineParts): (request: SendableRequest, call: CallContext) => Promise<Response> {
  // The built-in strategies only set headers or rewrite the URL, which a request not built yet allows; any
  // other gets a Request. Asked per call: the caller may replace `authenticate` after the client is made.
  const authenticate = (request: SendableRequest): SendableRequest | Promise<SendableRequest> =>
    takesOutgoingRequests(auth) ? auth.authenticate(request as Request) : auth.authenticate(asRequest(request));
  if (stages.length === 0) {
    // The common case, without a loop or an await that has nothing to wait for.
    return async (request, call) => {
      const authenticated = authenticate(request);
      const sent = isThenable(authenticated) ? await authenticated : authenticated;
      return finish(await send(sent, call), sent.method, call);
    };
  }
  return async (request, call) => {
    let next = request;
    for (const stage of stages) if (stage.onRequest) next = (await stage.onRequest(next, call)) ?? next;
    const sent = await authenticate(next);
    let response = await send(sent, call);
    for (let i = stages.length - 1; i >= 0; i--) {
      const stage = stages[i];
      // The request as the stages made it: without the credentials, which auth may have put into the URL.
      if (stage?.onResponse) response = (await stage.onResponse(next, response, call)) ?? response;
    }
    return finish(response, sent.method, call);
  };
}

function finish(response: Response, method: string, call: CallContext): Response | Promise<Response> {
  const guarded = guardJsonResponse(response, method, call);
  if (guarded instanceof Response) {
    tagResponse(guarded, call.context);
    return guarded;
  }
  return guarded.then((checked) => {
    tagResponse(checked, call.context);
    return checked;
  });
}
