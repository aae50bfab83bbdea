/**
 * `@punchclock/kimai`: a typed client for the Kimai time-tracking API, generated from the hand-written
 * spec in `specs/kimai`.
 * @packageDocumentation
 */
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
