/**
 * `@punchclock/mite`: a typed client for the mite time-tracking API, in JSON or Rails XML, generated from
 * the hand-written spec in `specs/mite`.
 *
 * It re-exports what a mite application needs from `@punchclock/core` (the mite auth strategies, `unwrap`,
 * every error class, the pagination and cache types, the money, minutes and date helpers), the very same
 * objects, so `instanceof` holds whichever package a class was imported from:
 *
 * ```ts
 * import { createMiteClient, miteApiKey, NotFoundError, unwrap } from "@punchclock/mite";
 * ```
 * @packageDocumentation
 */

// From @punchclock/core: what a mite application uses with the client, so one import serves.
export {
  type AmountToCentsOptions,
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  type AuthStrategy,
  amountToCents,
  BadRequestError,
  basicAuth,
  type CentsRoundingMode,
  ConflictError,
  ConnectionError,
  centsToAmount,
  DecodeError,
  type EtagEntry,
  type EtagStore,
  formatMinutes,
  GoneError,
  hoursToMinutes,
  InternalServerError,
  InvalidParameterError,
  type LogEvent,
  type Logger,
  MemoryEtagStore,
  type MemoryEtagStoreOptions,
  minutesToHours,
  miteApiKey,
  NotFoundError,
  type Page,
  PaginationError,
  type PaginationErrorReason,
  type Paginator,
  PermissionDeniedError,
  type PlainDate,
  PunchclockError,
  parsePlainDate,
  RateLimitError,
  RedirectError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseTooLargeError,
  type RetryOptions,
  type RuntimeOptions,
  TimeoutError,
  toPlainDate,
  UnprocessableEntityError,
  unwrap,
} from "@punchclock/core";
export { type MiteBookmarkMethods, type MiteFollowedBookmark, parseTimeEntryQuery } from "./bookmarks.js";
export {
  createMiteClient,
  MITE_CLIENT_NAME,
  MITE_CORS_BASE_URL,
  type MiteAccountOptions,
  type MiteBaseUrlOptions,
  type MiteClient,
  type MiteClientOptions,
  type MiteCommonOptions,
  type MitePaginateOptions,
} from "./client.js";
export { MITE_XML_ITEM_NAMES, type MiteFormat, miteErrorFromXml } from "./format.js";
export { type OperationId, operations } from "./generated/operations.js";
export type { components, operations as MiteOperations, paths } from "./generated/schema.js";
export type {
  GroupedTimeEntriesQuery,
  MiteCallOptions,
  MiteResult,
  MiteTimeEntryMethods,
  TimeEntryGroupEnvelopeOf,
  TimeEntryGrouping,
  TimeEntryGroupKeys,
  TimeEntryGroupOf,
  TimeEntryListQuery,
  TimeEntryQuery,
} from "./grouped.js";
export type {
  Account,
  ActiveHourlyRate,
  Bookmark,
  BudgetType,
  Customer,
  CustomerAttributes,
  HourlyRatePerService,
  MiteError,
  MiteErrorDetail,
  Project,
  ProjectAttributes,
  Service,
  ServiceAttributes,
  StoppedTimeEntry,
  TimeEntry,
  TimeEntryAttributes,
  TimeEntryGroup,
  TimeEntryTracking,
  Tracker,
  TrackingTimeEntry,
  User,
} from "./models.js";
export type { MiteListFilters, MiteListItem, MiteListPath, MitePaths } from "./paths.js";
export { miteQuerySerializer } from "./query.js";
