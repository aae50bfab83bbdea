// Contract cases of the timesheet, favorite and timesheet-config operations (see ../contract.test.ts).
import { type CallResult, type ContractCase, errorOf } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, NotFoundError, PermissionDeniedError } from "@punchclock/core";
import { expect } from "vitest";
import type { KimaiClient, TimesheetConfig, TimesheetEntity, TimesheetFavorite } from "../../src/index.js";

const id = { id: 42 };

/** A call and a check of its query string as the mock received it (after openapi-fetch's query serializer). */
function onTheWire(
  send: (kimai: KimaiClient) => Promise<CallResult>,
  expectQuery: (search: string, params: URLSearchParams, result: CallResult) => void,
): Pick<ContractCase<KimaiClient>, "call" | "check"> {
  return { call: send, check: (result, _expected, sent) => expectQuery(sent.url.search, sent.url.searchParams, result) };
}

export const timesheetCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listTimesheets",
    name: "every filter",
    ...onTheWire(
      (kimai) =>
        kimai.GET("/api/timesheets", {
          params: {
            query: {
              user: "all",
              "users[]": [2, 4],
              customer: 1,
              "customers[]": [1],
              project: 3,
              "projects[]": [3, 7],
              activity: 5,
              "activities[]": [5, 6],
              "tags[]": ["homepage", "on site"],
              begin: "2024-06-01T00:00:00",
              end: "2024-06-30T23:59:59",
              modified_after: "2024-06-03T08:00:00",
              exported: 0,
              active: 0,
              billable: 1,
              term: "layout",
              orderBy: "begin",
              order: "ASC",
              page: 2,
              size: 100,
            },
          },
        }),
      (search, params, result) => {
        // PHP-style arrays: the bracketed name once per value, brackets literal (PHP would also take them
        // percent-encoded), values percent-encoded; the mock reads the same names back (`tags[]`).
        expect(search).toContain("users[]=2&users[]=4");
        expect(search).toContain("projects[]=3&projects[]=7");
        expect(search).toContain("activities[]=5&activities[]=6");
        expect(search).toContain("tags[]=homepage&tags[]=on%20site");
        expect(search).toContain("begin=2024-06-01T00%3A00%3A00");
        expect(params.getAll("tags[]")).toEqual(["homepage", "on site"]);
        expect(params.get("user")).toBe("all");
        expect(params.get("page")).toBe("2");
        // The paging headers of the example reply reach the caller.
        expect(result.response.headers.get("X-Total-Pages")).toBe("1");
        expect(result.response.headers.get("X-Per-Page")).toBe("50");
      },
    ),
  },
  {
    operationId: "listTimesheets",
    name: "user ID and full objects",
    ...onTheWire(
      (kimai) => kimai.GET("/api/timesheets", { params: { query: { user: 2, full: true } } }),
      (search) => expect(search).toBe("?user=2&full=true"),
    ),
  },
  {
    operationId: "listTimesheets",
    name: "empty arrays are left out",
    ...onTheWire(
      (kimai) => kimai.GET("/api/timesheets", { params: { query: { "projects[]": [], full: 1 } } }),
      (search) => expect(search).toBe("?full=1"),
    ),
  },
  {
    operationId: "listTimesheets",
    name: "page past the last",
    status: 404,
    call: (kimai) => kimai.GET("/api/timesheets", { params: { query: { page: 19, size: 50 } } }),
    check: async (result) => {
      expect(await errorOf(result)).toBeInstanceOf(NotFoundError);
    },
  },
  {
    operationId: "listTimesheets",
    name: "unknown tags",
    status: 400,
    call: (kimai) => kimai.GET("/api/timesheets", { params: { query: { "tags[]": ["Nothing-2-see"] } } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      // Kimai hides the reason ("Given tags were not found") outside debug mode.
      expect((error as BadRequestError).apiMessage).toBe("Bad Request");
    },
  },
  {
    operationId: "listTimesheets",
    name: "project of another team",
    status: 403,
    call: (kimai) => kimai.GET("/api/timesheets", { params: { query: { "projects[]": [3] } } }),
    check: async (result) => {
      expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError);
    },
  },
  {
    // A begin copied from a response keeps its offset, which Kimai honours; a space for the T is read too.
    operationId: "createTimesheet",
    name: "a begin copied from a response, an end with a space",
    call: (kimai) =>
      kimai.POST("/api/timesheets", {
        body: { project: 3, activity: 5, begin: "2024-06-03T09:00:00+0200", end: "2024-06-03 12:30:00" },
      }),
    check: (_, __, sent) => expect(JSON.parse(String(sent.body)).begin).toBe("2024-06-03T09:00:00+0200"),
  },
  {
    operationId: "createTimesheet",
    ...onTheWire(
      (kimai) =>
        kimai.POST("/api/timesheets", {
          body: {
            project: 3,
            activity: 5,
            begin: "2024-06-03T09:00:00",
            end: "2024-06-03T12:30:00",
            description: "Homepage layout, second draft",
            tags: "homepage",
          },
        }),
      (search) => expect(search).toBe(""),
    ),
  },
  {
    operationId: "createTimesheet",
    name: "full=true, for another user with rates",
    ...onTheWire(
      (kimai) =>
        kimai.POST("/api/timesheets", {
          params: { query: { full: true } },
          body: { project: 3, activity: 5, user: 4, fixedRate: 150, billable: true, exported: false },
        }),
      (search) => expect(search).toBe("?full=true"),
    ),
  },
  {
    operationId: "createTimesheet",
    status: 400,
    // Valid for the spec; the server refuses the project (not selectable for the user).
    call: (kimai) => kimai.POST("/api/timesheets", { body: { project: 99, activity: 5 } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)).toEqual([
        { field: "project", messages: ["The selected choice is invalid."] },
      ]);
    },
  },
  { operationId: "listActiveTimesheets", call: (kimai) => kimai.GET("/api/timesheets/active") },
  {
    operationId: "listRecentTimesheets",
    ...onTheWire(
      (kimai) => kimai.GET("/api/timesheets/recent", { params: { query: { begin: "2024-05-01T00:00:00", size: 5 } } }),
      (search) => expect(search).toBe("?begin=2024-05-01T00%3A00%3A00&size=5"),
    ),
  },
  { operationId: "getTimesheet", call: (kimai) => kimai.GET("/api/timesheets/{id}", { params: { path: id } }) },
  {
    // Kimai 2.66+ leaves out the amounts and rates of a record whose rates the user may not see.
    operationId: "getTimesheet",
    name: "without rates (Kimai 2.66+)",
    example: "withoutRates",
    call: (kimai) => kimai.GET("/api/timesheets/{id}", { params: { path: id } }),
    check: (result) => {
      const timesheet = result.data as TimesheetEntity;
      expect(timesheet.rate).toBeUndefined();
      expect(Object.keys(timesheet).filter((key) => /rate/i.test(key))).toEqual([]);
    },
  },
  {
    operationId: "getTimesheet",
    status: 404,
    call: (kimai) => kimai.GET("/api/timesheets/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).operationId).toBe("getTimesheet");
    },
  },
  {
    operationId: "updateTimesheet",
    call: (kimai) =>
      kimai.PATCH("/api/timesheets/{id}", {
        params: { path: id },
        body: { end: "2024-06-03T12:30:00", description: "Homepage layout, second draft", hourlyRate: null },
      }),
  },
  {
    operationId: "updateTimesheet",
    name: "make it run again",
    call: (kimai) => kimai.PATCH("/api/timesheets/{id}", { params: { path: id }, body: { end: null } }),
  },
  {
    operationId: "updateTimesheet",
    status: 400,
    call: (kimai) =>
      kimai.PATCH("/api/timesheets/{id}", {
        params: { path: id },
        body: { activity: 10, begin: "2024-06-03T12:00:00", end: "2024-06-02T12:00:00" },
      }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)).toEqual([
        { field: "", messages: ["The end date must not be earlier than the start date."] },
        { field: "activity", messages: ["The selected choice is invalid."] },
      ]);
    },
  },
  {
    operationId: "deleteTimesheet",
    call: (kimai) => kimai.DELETE("/api/timesheets/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "deleteTimesheet",
    name: "exported record",
    status: 403,
    call: (kimai) => kimai.DELETE("/api/timesheets/{id}", { params: { path: id } }),
    check: async (result) => {
      expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError);
    },
  },
  {
    operationId: "duplicateTimesheet",
    call: (kimai) => kimai.PATCH("/api/timesheets/{id}/duplicate", { params: { path: id } }),
    check: ({ data }) => expect((data as TimesheetEntity).id).toBe(45),
  },
  {
    operationId: "toggleTimesheetExport",
    call: (kimai) => kimai.PATCH("/api/timesheets/{id}/export", { params: { path: id } }),
    check: ({ data }) => expect((data as TimesheetEntity).exported).toBe(true),
  },
  {
    operationId: "setTimesheetMeta",
    call: (kimai) =>
      kimai.PATCH("/api/timesheets/{id}/meta", { params: { path: id }, body: { name: "ticket", value: "WEB-118" } }),
  },
  {
    operationId: "setTimesheetMeta",
    name: "unknown field",
    status: 404,
    call: (kimai) => kimai.PATCH("/api/timesheets/{id}/meta", { params: { path: id }, body: { name: "X", value: "Y" } }),
    check: async (result) => {
      expect(await errorOf(result)).toBeInstanceOf(NotFoundError);
    },
  },
  {
    operationId: "restartTimesheet",
    call: (kimai) =>
      kimai.PATCH("/api/timesheets/{id}/restart", {
        params: { path: id },
        body: { begin: "2024-06-04T09:00:00", copy: "all" },
      }),
    check: ({ data }) => expect((data as TimesheetEntity).end).toBeNull(),
  },
  {
    operationId: "restartTimesheet",
    name: "without a body",
    call: (kimai) => kimai.PATCH("/api/timesheets/{id}/restart", { params: { path: id } }),
  },
  {
    operationId: "stopTimesheet",
    call: (kimai) => kimai.PATCH("/api/timesheets/{id}/stop", { params: { path: { id: 43 } } }),
    check: ({ data }) => expect((data as TimesheetEntity).duration).toBe(3600),
  },
  {
    operationId: "stopTimesheet",
    name: "longer than allowed",
    status: 400,
    call: (kimai) => kimai.PATCH("/api/timesheets/{id}/stop", { params: { path: { id: 43 } } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)).toEqual([
        { field: "duration", messages: ["Maximum 12:30 hours allowed."] },
      ]);
    },
  },
  {
    operationId: "listFavoriteTimesheets",
    call: (kimai) => kimai.GET("/api/favorites/timesheets"),
    check: ({ data }) => expect((data as TimesheetFavorite[])[0]).not.toHaveProperty("rate"),
  },
  {
    operationId: "addFavoriteTimesheet",
    call: (kimai) => kimai.POST("/api/favorites/timesheets/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "addFavoriteTimesheet",
    name: "someone else's timesheet",
    status: 403,
    call: (kimai) => kimai.POST("/api/favorites/timesheets/{id}", { params: { path: { id: 7 } } }),
    check: async (result) => {
      expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError);
    },
  },
  {
    operationId: "removeFavoriteTimesheet",
    call: (kimai) => kimai.DELETE("/api/favorites/timesheets/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "getTimesheetConfig",
    call: (kimai) => kimai.GET("/api/config/timesheet"),
    check: ({ data }) => expect((data as TimesheetConfig).trackingMode).toBe("default"),
  },
  {
    operationId: "getTimesheetConfig",
    name: "a user without API access",
    status: 403,
    call: (kimai) => kimai.GET("/api/config/timesheet"),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
];
