// Contract cases of the tracker operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { expect } from "vitest";
import type { MiteClient } from "../../src/index.js";

const id = { id: 36135322 };

export const trackerCases: ContractCase<MiteClient>[] = [
  {
    operationId: "getTracker",
    call: (mite) => mite.GET("/tracker"),
    check: ({ data }) =>
      expect(data).toEqual({
        tracker: { tracking_time_entry: { id: 36135321, minutes: 247, since: "2015-10-15T17:05:04+02:00" } },
      }),
  },
  {
    operationId: "getTracker",
    name: "not running",
    example: "idle",
    call: (mite) => mite.GET("/tracker"),
    check: ({ data }) => expect(data).toEqual({ tracker: {} }),
  },
  { operationId: "getTracker", status: 401, call: (mite) => mite.GET("/tracker") },
  {
    operationId: "startTracker",
    call: (mite) => mite.PATCH("/tracker/{id}", { params: { path: id } }),
    check: ({ data }) => expect((data as { tracker: object }).tracker).not.toHaveProperty("stopped_time_entry"),
  },
  {
    operationId: "startTracker",
    name: "switched from another entry",
    example: "switched",
    call: (mite) => mite.PATCH("/tracker/{id}", { params: { path: id } }),
    check: ({ data }) =>
      expect((data as { tracker: { stopped_time_entry?: unknown } }).tracker.stopped_time_entry).toEqual({
        id: 36134329,
        minutes: 46,
      }),
  },
  { operationId: "startTracker", status: 404, call: (mite) => mite.PATCH("/tracker/{id}", { params: { path: { id: 1 } } }) },
  { operationId: "startTrackerWithPut", call: (mite) => mite.PUT("/tracker/{id}", { params: { path: id } }) },
  {
    operationId: "stopTracker",
    call: (mite) => mite.DELETE("/tracker/{id}", { params: { path: { id: 36134329 } } }),
    check: ({ data }) => expect(data).toEqual({ tracker: { stopped_time_entry: { id: 36134329, minutes: 46 } } }),
  },
  { operationId: "stopTracker", status: 404, call: (mite) => mite.DELETE("/tracker/{id}", { params: { path: { id: 1 } } }) },
];
