// Contract cases of the daily operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { expect } from "vitest";
import type { MiteClient, TimeEntry } from "../../src/index.js";

export const dailyCases: ContractCase<MiteClient>[] = [
  {
    operationId: "listDailyTimeEntries",
    call: (mite) => mite.GET("/daily"),
    check: ({ data }) => expect((data as { time_entry: TimeEntry }[])[0]?.time_entry.user_id).toBe(211),
  },
  { operationId: "listDailyTimeEntries", status: 401, call: (mite) => mite.GET("/daily") },
  {
    operationId: "listDailyTimeEntriesOfDate",
    call: (mite) => mite.GET("/daily/{year}/{month}/{day}", { params: { path: { year: 2015, month: 10, day: 16 } } }),
  },
  {
    operationId: "listDailyTimeEntriesOfDate",
    name: "a single-digit month and day",
    call: (mite) => mite.GET("/daily/{year}/{month}/{day}", { params: { path: { year: 2009, month: 2, day: 7 } } }),
  },
];
