/**
 * `@punchclock/core`: what the Kimai and mite clients share. Auth strategies, pagination, the Rails XML
 * codec, typed errors, redaction, and the runtime (a retrying fetch plus openapi-fetch middleware) that ties
 * them together.
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
export { type EtagCacheOptions, etagCache, etagCacheKey } from "./cache/etag-cache.js";
export { type EtagEntry, type EtagStore, MemoryEtagStore, type MemoryEtagStoreOptions } from "./cache/store.js";
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
  PermissionDeniedError,
  RateLimitError,
  RequestTimeoutError,
  UnprocessableEntityError,
} from "./errors/api-error.js";
export { InvalidParameterError } from "./errors/invalid-parameter-error.js";
export {
  DecodeError,
  describeOperation,
  type ErrorContext,
  MAX_RAW_BODY_CHARS,
  type OperationInfo,
  PunchclockError,
  type PunchclockErrorOptions,
} from "./errors/punchclock-error.js";
export {
  abortErrorFor,
  ConnectionError,
  RedirectError,
  RequestAbortedError,
  ResponseTooLargeError,
  TimeoutError,
  type TransportErrorOptions,
} from "./errors/transport-errors.js";
export { checkBaseUrl, checkRequestBaseUrls } from "./http/base-url.js";
export {
  type ClientRuntime,
  type ClientRuntimeOptions,
  createClientRuntime,
  type RuntimeOptions,
} from "./http/client-runtime.js";
export { decodedResponse, emptyResponse, isDecodedResponse } from "./http/decoded-response.js";
export { decodeJson, type JsonResponseGuardOptions, jsonResponseGuard, nestingExceeds } from "./http/json-response.js";
export type {
  CacheLogEvent,
  ErrorLogEvent,
  LogEvent,
  LogEventBase,
  Logger,
  RequestLogEvent,
  ResponseLogEvent,
  RetryLogEvent,
} from "./http/logging.js";
export {
  apiErrorOf,
  type FetchResultLike,
  type OperationTable,
  operationOf,
  operationTracker,
  type RequestContext,
  requestContextOf,
  requestTagger,
  type SuccessData,
  untrackedContext,
  unwrap,
} from "./http/operations.js";
export { pathParameterGuard, pathParameterProblem } from "./http/path-parameters.js";
export {
  MAX_TIMER_MS,
  mayRetryMethod,
  parseRetryAfter,
  type RetryOptions,
  type RetryPolicy,
  retryDelay,
  retryPolicy,
  setLongTimeout,
} from "./http/retry.js";
export { rewriteRequest } from "./http/rewrite.js";
export { createTransport, type FetchFunction, type TransportOptions } from "./http/transport.js";
export { userAgentMiddleware, userAgentString } from "./http/user-agent.js";
export { type XmlResponseOptions, xmlResponseAsJson } from "./http/xml-response.js";
export {
  PaginationError,
  type PaginationErrorOptions,
  type PaginationErrorReason,
} from "./pagination/errors.js";
export {
  DEFAULT_MAX_PAGES,
  type Page,
  type PageContext,
  type PageTotals,
  type PaginateOptions,
  type PaginationHeaderNames,
  type PaginationHeadersOptions,
  type PaginationStrategy,
  Paginator,
  paginate,
  paginationHeaders,
  stopAtShortPage,
  totalPagesHeader,
} from "./pagination/paginate.js";
export { patternRedactor, Redactor, TOO_DEEP } from "./redaction/redactor.js";
export {
  type Disambiguation,
  type FromKimaiLocalDateTimeOptions,
  fromKimaiLocalDateTime,
  parseKimaiDateTime,
  toKimaiLocalDateTime,
} from "./time/kimai-datetime.js";
export {
  type AmountToCentsOptions,
  amountToCents,
  type CentsRoundingMode,
  centsToAmount,
  formatMinutes,
  hoursToMinutes,
  minutesToHours,
} from "./time/money.js";
export { type PlainDate, parsePlainDate, toPlainDate } from "./time/plain-date.js";
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
