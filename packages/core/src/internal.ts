/**
 * `@punchclock/core/internal`: the plumbing `@punchclock/kimai` and `@punchclock/mite` are built from (the
 * client runtime and its stages, response decoding, retry arithmetic, the Rails XML name rules).
 *
 * **No semver guarantee**: this entry exists for `@punchclock/kimai` and `@punchclock/mite`, which depend on
 * the matching version of `@punchclock/core`. Anything here may change or go away in any release, a patch
 * release included. Applications import from `@punchclock/core` (or from the client packages, which
 * re-export what an application needs), never from here.
 * @packageDocumentation
 */
export { describeOperation } from "./errors/punchclock-error.js";
export { apiErrorOf } from "./errors/unwrap.js";
export { checkBaseUrl } from "./http/base-url.js";
export { type ApiClientOptions, createApiClient } from "./http/client-runtime.js";
export { decodeJson, nestingExceeds } from "./http/json-response.js";
export {
  contextOfResponse,
  type OperationTable,
  operationOf,
  type RequestContext,
  untrackedContext,
} from "./http/operations.js";
export { pathParameterProblem } from "./http/path-parameters.js";
export type { CallContext, ClientStage } from "./http/pipeline.js";
export { type RequestChanges, rewriteRequest } from "./http/rewrite.js";
export { lazyModule } from "./internal/lazy-module.js";
export { fetchListPage, type LooseGet } from "./pagination/list-page.js";
export { patternRedactor } from "./redaction/redactor.js";
export type { OutgoingRequest, SendableRequest } from "./transport/outgoing-request.js";
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
