// Contract cases of the time-entries operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { UnprocessableEntityError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { MiteClient, TimeEntry, TimeEntryGrouping } from "../../src/index.js";

const id = { id: 36159117 };

/** The keys a group of each single grouping must have, beyond minutes, revenue and time_entries_params. */
const groupKeys: Record<TimeEntryGrouping, string[]> = {
  customer: ["customer_id", "customer_name"],
  project: ["project_id", "project_name"],
  service: ["service_id", "service_name"],
  user: ["user_id", "user_name"],
  day: ["day"],
  week: ["week", "year"],
  month: ["month", "year"],
  year: ["year"],
};

const groupedCase = (grouping: TimeEntryGrouping): ContractCase<MiteClient> => ({
  operationId: "listTimeEntries",
  name: `grouped by ${grouping}`,
  example: `by${grouping[0]?.toUpperCase()}${grouping.slice(1)}`,
  call: (mite) => mite.groupedTimeEntries({ groupBy: [grouping], at: "this_year" }),
  check: ({ data }) => {
    const groups = (data as { time_entry_group: Record<string, unknown> }[]).map((element) => element.time_entry_group);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(Object.keys(group).sort()).toEqual(["minutes", "revenue", "time_entries_params", ...groupKeys[grouping]].sort());
    }
  },
});

export const timeEntryCases: ContractCase<MiteClient>[] = [
  {
    operationId: "listTimeEntries",
    call: (mite) => mite.GET("/time_entries"),
    check: ({ data }) => {
      const entries = (data as { time_entry: TimeEntry }[]).map((element) => element.time_entry);
      expect(entries[1]?.revenue).toBeNull();
      expect(entries[2]?.project_id).toBeNull();
      expect(entries[2]?.tracking).toEqual({ since: "2015-10-15T17:05:04+02:00", minutes: 247 });
    },
  },
  {
    operationId: "listTimeEntries",
    name: "every filter",
    call: (mite) =>
      mite.GET("/time_entries", {
        params: {
          query: {
            user_id: "current",
            customer_id: 3213,
            project_id: [88309, 88310],
            service_id: [12984, 12985],
            note: "review",
            "note[]": ["authentication", "review"],
            from: "2015-10-01",
            to: "last_month",
            billable: true,
            locked: false,
            tracking: false,
            sort: "revenue",
            direction: "asc",
            limit: 50,
            page: 2,
          },
        },
      }),
  },
  {
    operationId: "listTimeEntries",
    name: "a day, several users",
    call: (mite) => mite.GET("/time_entries", { params: { query: { at: "2015-10-16", user_id: [211, 212] } } }),
  },
  ...(["customer", "project", "service", "user", "day", "week", "month", "year"] as const).map(groupedCase),
  {
    operationId: "listTimeEntries",
    name: "grouped by project and month",
    example: "byProjectAndMonth",
    call: (mite) => mite.groupedTimeEntries({ groupBy: ["project", "month"], project_id: [88309], billable: true }),
    check: ({ data }) => {
      const [first] = (data as { time_entry_group: Record<string, unknown> }[]) ?? [];
      expect(first?.time_entry_group).toMatchObject({ project_id: 88309, month: 10, year: 2015 });
    },
  },
  { operationId: "listTimeEntries", status: 401, call: (mite) => mite.GET("/time_entries") },
  {
    operationId: "getTimeEntry",
    call: (mite) => mite.GET("/time_entries/{id}", { params: { path: id } }),
    check: ({ data }) => expect((data as { time_entry: TimeEntry }).time_entry.date_at).toBe("2015-10-16"),
  },
  { operationId: "getTimeEntry", status: 404, call: (mite) => mite.GET("/time_entries/{id}", { params: { path: { id: 1 } } }) },
  {
    operationId: "createTimeEntry",
    call: (mite) =>
      mite.POST("/time_entries", {
        body: {
          time_entry: { date_at: "2015-10-16", minutes: 185, note: "Data model review", project_id: 88309, service_id: 12984 },
        },
      }),
    check: ({ response }) => expect(response.headers.get("Location")).toMatch(/^https:\/\/demo\.mite\.de\//),
  },
  {
    operationId: "createTimeEntry",
    name: "for another user, locked",
    call: (mite) =>
      mite.POST("/time_entries", { body: { time_entry: { user_id: 212, minutes: 60, project_id: 88309, locked: true } } }),
  },
  {
    operationId: "createTimeEntry",
    name: "all defaults",
    call: (mite) => mite.POST("/time_entries", { body: { time_entry: {} } }),
  },
  {
    operationId: "createTimeEntry",
    status: 422,
    call: (mite) => mite.POST("/time_entries", { body: { time_entry: { minutes: 30, project_id: 1 } } }),
  },
  {
    operationId: "updateTimeEntry",
    call: (mite) =>
      mite.PATCH("/time_entries/{id}", {
        params: { path: id },
        body: { time_entry: { minutes: 90, note: "Rework the authentication chapter", service_id: null } },
      }),
    check: ({ data }) => expect(data).toBeUndefined(),
  },
  {
    operationId: "updateTimeEntry",
    name: "unlock with force",
    call: (mite) =>
      mite.PATCH("/time_entries/{id}", { params: { path: id }, body: { time_entry: { locked: false, force: true } } }),
  },
  {
    operationId: "updateTimeEntry",
    name: "locked",
    status: 422,
    call: (mite) => mite.PATCH("/time_entries/{id}", { params: { path: id }, body: { time_entry: { minutes: 30 } } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as UnprocessableEntityError).apiMessage).toBe("Time entry is locked.");
      expect((error as UnprocessableEntityError).operationId).toBe("updateTimeEntry");
    },
  },
  {
    operationId: "replaceTimeEntry",
    call: (mite) => mite.PUT("/time_entries/{id}", { params: { path: id }, body: { time_entry: { note: "Renamed" } } }),
  },
  { operationId: "deleteTimeEntry", call: (mite) => mite.DELETE("/time_entries/{id}", { params: { path: id } }) },
  {
    operationId: "deleteTimeEntry",
    name: "a locked one, with force",
    call: (mite) => mite.DELETE("/time_entries/{id}", { params: { path: id }, body: { time_entry: { force: true } } }),
  },
  {
    operationId: "deleteTimeEntry",
    name: "locked",
    status: 422,
    call: (mite) => mite.DELETE("/time_entries/{id}", { params: { path: id } }),
  },
  {
    operationId: "deleteTimeEntry",
    status: 404,
    call: (mite) => mite.DELETE("/time_entries/{id}", { params: { path: { id: 1 } } }),
  },
];
