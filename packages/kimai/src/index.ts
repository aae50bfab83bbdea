/**
 * `@punchclock/kimai`: a typed client for the Kimai time-tracking API, generated from the hand-written
 * spec in `specs/kimai`.
 *
 * It re-exports what a Kimai application needs from `@punchclock/core` (the Kimai auth strategies, `unwrap`,
 * `flattenValidationErrors`, every error class, the pagination and cache types, the date and money helpers), the very
 * same objects, so `instanceof` holds whichever package a class was imported from:
 *
 * ```ts
 * import { bearerToken, createKimaiClient, NotFoundError, unwrap } from "@punchclock/kimai";
 * ```
 * @packageDocumentation
 */

// From @punchclock/core: what a Kimai application uses with the client, so one import serves.
export {
  type AmountToCentsOptions,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  type AuthStrategy,
  amountToCents,
  BadRequestError,
  bearerToken,
  type CentsRoundingMode,
  ConflictError,
  ConnectionError,
  centsToAmount,
  DecodeError,
  type Disambiguation,
  type EtagEntry,
  type EtagStore,
  type FieldError,
  type FromKimaiLocalDateTimeOptions,
  flattenValidationErrors,
  formatMinutes,
  fromKimaiLocalDateTime,
  GoneError,
  InternalServerError,
  InvalidParameterError,
  kimaiLegacyHeaders,
  type LogEvent,
  type Logger,
  MemoryEtagStore,
  type MemoryEtagStoreOptions,
  NotFoundError,
  type Page,
  type PageTotals,
  PaginationError,
  type PaginationErrorReason,
  type Paginator,
  PermissionDeniedError,
  type PlainDate,
  PunchclockError,
  parseKimaiDateTime,
  parsePlainDate,
  RateLimitError,
  RedirectError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseTooLargeError,
  type RetryOptions,
  type RuntimeOptions,
  TimeoutError,
  toKimaiLocalDateTime,
  toPlainDate,
  UnprocessableEntityError,
  unwrap,
} from "@punchclock/core";
export { createKimaiClient, KIMAI_CLIENT_NAME, type KimaiClient, type KimaiClientOptions } from "./client.js";
export { type OperationId, operations } from "./generated/operations.js";
export type { components, operations as KimaiOperations, paths } from "./generated/schema.js";
// Short names of the spec's schemas (CustomerEntity, TimesheetCollection, ...).
export type * from "./models.js";
export {
  KIMAI_DEFAULT_PAGE_SIZE,
  type KimaiListFilters,
  type KimaiListItem,
  type KimaiListPath,
  type KimaiPaginateOptions,
} from "./paginate.js";
