/**
 * `@punchclock/core`: what the Kimai and mite clients share. Auth strategies, pagination, the Rails XML
 * codec, typed errors and the openapi-fetch middleware that ties them together.
 * @packageDocumentation
 */
export {
  type AuthStrategy,
  authMiddleware,
  basicAuth,
  bearerToken,
  kimaiLegacyHeaders,
  miteApiKey,
} from "./auth/strategies.js";
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type FieldError,
  flattenValidationErrors,
  GoneError,
  InternalServerError,
  NotFoundError,
  type OperationInfo,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors/api-error.js";
export { DecodeError, PunchclockError } from "./errors/punchclock-error.js";
export { type ClientMiddlewareOptions, clientMiddleware } from "./http/client-middleware.js";
export {
  apiErrorOf,
  type FetchResultLike,
  type OperationTable,
  operationOf,
  operationTracker,
  type SuccessData,
  unwrap,
} from "./http/operations.js";
export { rewriteRequest } from "./http/rewrite.js";
export { userAgentMiddleware, userAgentString } from "./http/user-agent.js";
export { xmlResponseAsJson } from "./http/xml-response.js";
export {
  type Page,
  type PageContext,
  type PaginateOptions,
  type PaginationStrategy,
  Paginator,
  paginate,
  stopAtShortPage,
  totalPagesHeader,
} from "./pagination/paginate.js";
export {
  decodeOptionalRailsXmlStream,
  decodeRailsXml,
  decodeRailsXmlStream,
  type JsonValue,
  type RailsXmlDecodeOptions,
  RailsXmlDecoder,
} from "./xml/decode.js";
export { type EncodableValue, encodeRailsXml, type RailsXmlEncodeOptions } from "./xml/encode.js";
export { elementNameToKey, keyToElementName, pluralize, singularize } from "./xml/names.js";
