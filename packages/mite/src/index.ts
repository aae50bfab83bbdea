/**
 * `@punchclock/mite`: a typed client for the mite time-tracking API, in JSON or Rails XML, generated from
 * the hand-written spec in `specs/mite`.
 * @packageDocumentation
 */

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
