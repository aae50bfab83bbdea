/**
 * `@punchclock/core/internal`: the plumbing `@punchclock/kimai` and `@punchclock/mite` are built from (the
 * client runtime, openapi-fetch middleware, request tagging, response rewriting, retry arithmetic, the Rails
 * XML name rules).
 *
 * **No semver guarantee**: this entry exists for `@punchclock/kimai` and `@punchclock/mite`, which depend on
 * the matching version of `@punchclock/core`. Anything here may change or go away in any release, a patch
 * release included. Applications import from `@punchclock/core` (or from the client packages, which
 * re-export what an application needs), never from here.
 * @packageDocumentation
 */
export { authMiddleware } from "./auth/strategies.js";
export { describeOperation } from "./errors/punchclock-error.js";
export { abortErrorFor } from "./errors/transport-errors.js";
export { apiErrorOf } from "./errors/unwrap.js";
export { checkBaseUrl } from "./http/base-url.js";
export { wrapClientCalls } from "./http/client-calls.js";
export { type ClientRuntime, type ClientRuntimeOptions, createClientRuntime } from "./http/client-runtime.js";
export { decodedResponse, emptyResponse, isDecodedResponse } from "./http/decoded-response.js";
export { decodeJson, type JsonResponseGuardOptions, jsonResponseGuard, nestingExceeds } from "./http/json-response.js";
export {
  type OperationTable,
  operationOf,
  operationTracker,
  type RequestContext,
  requestContextOf,
  requestTagger,
  untrackedContext,
} from "./http/operations.js";
export { pathParameterGuard, pathParameterProblem } from "./http/path-parameters.js";
export { CLIENT_REQUEST_INIT, keepRedirect } from "./http/redirects.js";
export { rewriteRequest } from "./http/rewrite.js";
export { userAgentString } from "./http/user-agent.js";
export { type XmlResponseOptions, xmlResponseAsJson } from "./http/xml-response.js";
export { fetchListPage, type LooseGet } from "./pagination/list-page.js";
export { patternRedactor } from "./redaction/redactor.js";
export {
  MAX_TIMER_MS,
  mayRetryMethod,
  parseRetryAfter,
  type RetryPolicy,
  retryDelay,
  retryPolicy,
  setLongTimeout,
} from "./transport/retry.js";
export { elementNameToKey, keyToElementName, pluralize, singularize } from "./xml/names.js";
