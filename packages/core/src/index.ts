/**
 * `@punchclock/core`: what the Kimai and mite clients share, as an application uses it. Auth strategies,
 * `unwrap` and the typed errors, pagination, the ETag cache store, logging and runtime option types, the
 * Kimai date-time and mite money/minutes helpers, the Rails XML codec and the redactor.
 *
 * This entry is the documented public surface. `@punchclock/kimai` and `@punchclock/mite` re-export the
 * parts an application needs with them (auth strategies, `unwrap`, the error classes, the helpers of their
 * API), so one import usually serves. The plumbing the clients are built from lives in
 * `@punchclock/core/internal`, which has no semver guarantee.
 * @packageDocumentation
 */
export { type AuthStrategy, basicAuth, bearerToken, kimaiLegacyHeaders, miteApiKey } from "./auth/strategies.js";
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
  type ErrorContext,
  MAX_RAW_BODY_CHARS,
  type OperationInfo,
  PunchclockError,
  type PunchclockErrorOptions,
} from "./errors/punchclock-error.js";
export {
  ConnectionError,
  RedirectError,
  RequestAbortedError,
  ResponseTooLargeError,
  TimeoutError,
  type TransportErrorOptions,
} from "./errors/transport-errors.js";
export { type FetchResultLike, type SuccessData, unwrap } from "./errors/unwrap.js";
export type { RuntimeOptions } from "./http/client-runtime.js";
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
export { Redactor, TOO_DEEP } from "./redaction/redactor.js";
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
export type {
  CacheLogEvent,
  ErrorLogEvent,
  LogEvent,
  LogEventBase,
  Logger,
  RequestLogEvent,
  ResponseLogEvent,
  RetryLogEvent,
} from "./transport/logging.js";
export type { RetryOptions } from "./transport/retry.js";
export { createTransport, type FetchFunction, type TransportOptions } from "./transport/transport.js";
// The XML codec (the decoder with saxes, and the encoder) is at `@punchclock/core/xml`; only its types are here.
export type { JsonValue, RailsXmlDecodeOptions } from "./xml/decode.js";
export type { EncodableValue, RailsXmlEncodeOptions } from "./xml/encode.js";
