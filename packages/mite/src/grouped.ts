// `GET /time_entries` answers with entries, or with totals per group when `group_by` is set: one operation
// of the spec, two shapes. The client types the plain `GET /time_entries` as the entries list and offers
// the grouped form as `groupedTimeEntries()`, whose groups have exactly the keys their `group_by` adds.
import type { LooseGet } from "@punchclock/core/internal";
import type { components, operations } from "./generated/schema.js";

type Schemas = components["schemas"];

/** What time entries can be grouped by. */
export type TimeEntryGrouping = Schemas["TimeEntryGrouping"];

/** The keys each grouping adds to a group (`project` adds `project_id` and `project_name`, `month` adds `month` and `year`). */
export interface TimeEntryGroupKeys {
  customer: "customer_id" | "customer_name";
  project: "project_id" | "project_name";
  service: "service_id" | "service_name";
  user: "user_id" | "user_name";
  day: "day";
  week: "week" | "year";
  month: "month" | "year";
  year: "year";
}

type AnyGroupKey = TimeEntryGroupKeys[TimeEntryGrouping];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * A group of `groupedTimeEntries({ groupBy: G })`: its `minutes`, `revenue` and `time_entries_params`, plus the
 * keys of its groupings and no others. `TimeEntryGroupOf<["project", "month"]>` has `project_id`,
 * `project_name`, `month` and `year`, but no `user_id`.
 */
export type TimeEntryGroupOf<G extends readonly TimeEntryGrouping[]> = Simplify<
  Omit<Schemas["TimeEntryGroup"], AnyGroupKey> & {
    [K in TimeEntryGroupKeys[G[number]]]-?: Exclude<Schemas["TimeEntryGroup"][K], undefined>;
  }
>;

/** An element of the grouped list, as mite wraps it: `{ time_entry_group: TimeEntryGroupOf<G> }`. */
export interface TimeEntryGroupEnvelopeOf<G extends readonly TimeEntryGrouping[]> {
  time_entry_group: TimeEntryGroupOf<G>;
}

/** Every parameter of `GET /time_entries` as the spec has it, `group_by` included. */
export type TimeEntryListQuery = NonNullable<operations["listTimeEntries"]["parameters"]["query"]>;

/** The filters, sorting and paging of `GET /time_entries`: its parameters without `group_by`. */
export type TimeEntryQuery = Omit<TimeEntryListQuery, "group_by">;

/** The argument of `groupedTimeEntries()`: one or more groupings, in order, and the filters of the entries. */
export type GroupedTimeEntriesQuery<G extends readonly TimeEntryGrouping[]> = TimeEntryQuery & {
  /** What to group by, outermost first: `["project", "month"]` totals each project per month. */
  groupBy: G;
};

/** Per-call options of the time-entries helpers. */
export interface MiteCallOptions {
  /** Aborts the request(s). */
  signal?: AbortSignal;
}

/** An openapi-fetch style result: `data` on success, `error` (mite's error body) otherwise. */
export type MiteResult<T> =
  | { data: T; error?: never; response: Response }
  | { data?: never; error: Schemas["Error"]; response: Response };

/** The time-entries helpers of {@link MiteClient}. */
export interface MiteTimeEntryMethods {
  /**
   * `GET /time_entries?group_by=...`: the totals of the matching time entries per group. Each group is typed
   * with the keys its groupings add and no others. Resolves to an openapi-fetch style result (pass it to
   * `unwrap()` to get the list or the `ApiError`).
   *
   * @example
   * const { data } = await mite.groupedTimeEntries({ groupBy: ["project", "month"], at: "this_year" });
   * for (const { time_entry_group: group } of data ?? []) console.log(group.project_name, group.month, group.minutes);
   */
  groupedTimeEntries<const G extends readonly [TimeEntryGrouping, ...TimeEntryGrouping[]]>(
    query: GroupedTimeEntriesQuery<G>,
    options?: MiteCallOptions,
  ): Promise<MiteResult<TimeEntryGroupEnvelopeOf<G>[]>>;
  /**
   * The same with groupings known only at run time (`TimeEntryGrouping[]`, e.g. from a command line): each
   * group is typed with every key a grouping can add, all optional. An empty list is refused with a
   * `TypeError` before anything is sent.
   */
  groupedTimeEntries<const G extends readonly TimeEntryGrouping[]>(
    query: TimeEntryQuery & { groupBy: G } & (G extends readonly [] ? { groupBy: never } : unknown),
    options?: MiteCallOptions,
  ): Promise<MiteResult<Schemas["TimeEntryGroupEnvelope"][]>>;
}

/** `GET /time_entries` as the client types it: the entries list, without `group_by` (see `groupedTimeEntries`). */
export type WithoutGrouping<PathItem> = {
  [Method in keyof PathItem]: Method extends "get" ? UngroupedGet<PathItem[Method]> : PathItem[Method];
};

type UngroupedGet<Operation> = Operation extends {
  parameters: infer Parameters extends { query?: object };
  responses: infer Responses extends { 200: object };
}
  ? Omit<Operation, "parameters" | "responses"> & {
      parameters: Omit<Parameters, "query"> & { query?: Omit<NonNullable<Parameters["query"]>, "group_by"> };
      responses: Omit<Responses, 200> & {
        200: Omit<Responses[200], "content"> & { content: { "application/json": Schemas["TimeEntryEnvelope"][] } };
      };
    }
  : Operation;

/** Builds {@link MiteTimeEntryMethods.groupedTimeEntries} on a client's GET. */
export function groupedTimeEntriesWith(get: LooseGet): MiteTimeEntryMethods["groupedTimeEntries"] {
  return async (query: GroupedTimeEntriesQuery<readonly TimeEntryGrouping[]>, options: MiteCallOptions = {}) => {
    const { groupBy, ...filters } = query;
    if (!Array.isArray(groupBy) || groupBy.length === 0) {
      throw new TypeError('groupedTimeEntries needs at least one grouping, e.g. { groupBy: ["project"] }');
    }
    const result = await get("/time_entries", {
      params: { query: { ...filters, group_by: groupBy } },
      ...(options.signal ? { signal: options.signal } : {}),
    });
    // The spec's answer to `group_by` is the grouped list; the types narrow it to these groupings.
    return result as never;
  };
}
