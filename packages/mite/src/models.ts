// Short names for the spec's component schemas, so users need not write components["schemas"][...].
import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** mite's error body, `{"error": "..."}`; XML errors decode to the same shape, plus `errors` when they name attributes. */
export type MiteError = Schemas["Error"];
export type Account = Schemas["Account"];
export type User = Schemas["User"];
/** A customer. Money (`hourly_rate`) is in cents; time trackers, who see no money, may get no rates. */
export type Customer = Schemas["Customer"];
export type CustomerAttributes = Schemas["CustomerAttributes"];
export type HourlyRatePerService = Schemas["HourlyRatePerService"];
export type ActiveHourlyRate = Schemas["ActiveHourlyRate"];
/**
 * A project. Money (`hourly_rate`, a `cents` budget) is in cents, a `minutes` budget in minutes; the rates and
 * the budget may be missing for time trackers, who see no money.
 */
export type Project = Schemas["Project"];
export type ProjectAttributes = Schemas["ProjectAttributes"];
/** What a project's `budget` counts: `minutes`, `cents`, `minutes_per_month`, `cents_per_month` (open to more). */
export type BudgetType = Schemas["BudgetType"];
/** A service. `hourly_rate` is in cents (may be missing for time trackers, who see no money). */
export type Service = Schemas["Service"];
export type ServiceAttributes = Schemas["ServiceAttributes"];
/** One message of an error with the attribute it refers to (`errors` of {@link MiteError}, from mite's XML). */
export type MiteErrorDetail = NonNullable<MiteError["errors"]>[number];
/**
 * A time entry. `revenue` and `hourly_rate` are in cents (may be missing for time trackers, who see no money),
 * `minutes` a duration, `date_at` a plain date.
 */
export type TimeEntry = Schemas["TimeEntry"];
/** What can be written of a time entry, when creating and updating (an update of a locked one adds `force`). */
export type TimeEntryAttributes = Schemas["TimeEntryAttributes"];
/** The running tracker's state on a time entry (`TimeEntry.tracking`). */
export type TimeEntryTracking = Schemas["TimeEntryTracking"];
/** A group of a grouped time-entries list with every key a grouping can add; `TimeEntryGroupOf<G>` narrows it. */
export type TimeEntryGroup = Schemas["TimeEntryGroup"];
/** The authenticated user's tracker; `{}` when it does not run. */
export type Tracker = Schemas["Tracker"];
export type TrackingTimeEntry = Schemas["TrackingTimeEntry"];
export type StoppedTimeEntry = Schemas["StoppedTimeEntry"];
/** A saved time-entries query; `user_id` is null for a team bookmark. */
export type Bookmark = Schemas["Bookmark"];
