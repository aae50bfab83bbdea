/**
 * `@punchclock/mite`: a typed client for the mite time-tracking API, in JSON or Rails XML, generated from
 * the hand-written spec in `specs/mite`.
 * @packageDocumentation
 */
export {
  createMiteClient,
  MITE_CLIENT_NAME,
  type MiteClient,
  type MiteClientOptions,
  type MitePaginateOptions,
} from "./client.js";
export { MITE_XML_ITEM_NAMES, type MiteFormat, miteErrorFromXml } from "./format.js";
export { type OperationId, operations } from "./generated/operations.js";
export type { components, operations as MiteOperations, paths } from "./generated/schema.js";
export type { Account, ActiveHourlyRate, Customer, CustomerAttributes, HourlyRatePerService, MiteError, User } from "./models.js";
export type { MiteListFilters, MiteListItem, MiteListPath, MitePaths } from "./paths.js";
