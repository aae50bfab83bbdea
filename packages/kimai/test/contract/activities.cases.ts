// Contract cases of the activities operations (see ../contract.test.ts).
import { type ContractCase, errorOf } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, GoneError, NotFoundError, PermissionDeniedError } from "@punchclock/core";
import { expect } from "vitest";
import type { ActivityCollection, ActivityEditForm, KimaiClient } from "../../src/index.js";

const id = { id: 5 };

// `teams` is only part of the create form; the edit form would answer it with 400 "extra fields".
// @ts-expect-error teams cannot be changed with PATCH /api/activities/{id}
const noTeamsOnEdit: ActivityEditForm = { teams: [1] };
void noTeamsOnEdit;

export const activityCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listActivities",
    call: (kimai) =>
      kimai.GET("/api/activities", {
        params: {
          query: { project: 3, "projects[]": [3, 4], visible: 3, orderBy: "project", order: "ASC", term: "design" },
        },
      }),
    check: ({ data }, _expected, sent) => {
      const query = sent.url.searchParams;
      expect(query?.get("project")).toBe("3");
      expect(query?.getAll("projects[]")).toEqual(["3", "4"]);
      expect([query?.get("visible"), query?.get("orderBy"), query?.get("order"), query?.get("term")]).toEqual([
        "3",
        "project",
        "ASC",
        "design",
      ]);
      // A project activity and a global one (project null); list items carry no budget fields.
      const activities = data as ActivityCollection[];
      expect(activities.map((activity) => activity.project)).toEqual([3, null]);
      expect(Object.keys(activities[0] ?? {})).not.toContain("budget");
    },
  },
  {
    operationId: "listActivities",
    name: "global activities only",
    call: (kimai) => kimai.GET("/api/activities", { params: { query: { globals: "true" } } }),
    check: (_result, _expected, sent) => expect(sent.url.search).toBe("?globals=true"),
  },
  { operationId: "listActivities", name: "no filters", call: (kimai) => kimai.GET("/api/activities") },
  {
    operationId: "listActivities",
    name: "project without access",
    status: 403,
    call: (kimai) => kimai.GET("/api/activities", { params: { query: { project: 4 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  {
    operationId: "createActivity",
    call: (kimai) =>
      kimai.POST("/api/activities", {
        body: {
          name: "Design",
          project: 3,
          budget: "999",
          timeBudget: "10,25",
          budgetType: "month",
          number: "P-754",
          color: "#000000",
          teams: [1],
          metaFields: { service_code: { value: "DES-01" } },
        },
      }),
  },
  {
    operationId: "createActivity",
    name: "global activity",
    call: (kimai) => kimai.POST("/api/activities", { body: { name: "Meetings", project: null, billable: false } }),
  },
  {
    operationId: "createActivity",
    name: "unknown project",
    status: 400,
    call: (kimai) => kimai.POST("/api/activities", { body: { name: "Design", project: 100 } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body).length).toBeGreaterThan(0);
    },
  },
  { operationId: "getActivity", call: (kimai) => kimai.GET("/api/activities/{id}", { params: { path: id } }) },
  {
    operationId: "getActivity",
    status: 404,
    call: (kimai) => kimai.GET("/api/activities/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).operationId).toBe("getActivity");
    },
  },
  {
    operationId: "updateActivity",
    call: (kimai) =>
      kimai.PATCH("/api/activities/{id}", { params: { path: id }, body: { name: "Design & UX", timeBudget: "20:00" } }),
  },
  {
    operationId: "updateActivity",
    name: "project of a global activity",
    status: 400,
    example: "extraFields",
    // A global activity has no `project` field in its edit form: the server calls it an extra field.
    call: (kimai) => kimai.PATCH("/api/activities/{id}", { params: { path: { id: 6 } }, body: { project: 3 } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)[0]?.messages).toEqual([
        "This form should not contain extra fields.",
      ]);
    },
  },
  {
    operationId: "deleteActivity",
    call: (kimai) => kimai.DELETE("/api/activities/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "setActivityMeta",
    call: (kimai) =>
      kimai.PATCH("/api/activities/{id}/meta", { params: { path: id }, body: { name: "service_code", value: "DES-01" } }),
  },
  {
    operationId: "setActivityMeta",
    name: "unknown activity",
    status: 404,
    call: (kimai) =>
      kimai.PATCH("/api/activities/{id}/meta", {
        params: { path: { id: 999 } },
        body: { name: "service_code", value: "DES-01" },
      }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(NotFoundError),
  },
  { operationId: "listActivityRates", call: (kimai) => kimai.GET("/api/activities/{id}/rates", { params: { path: id } }) },
  {
    operationId: "addActivityRate",
    call: (kimai) => kimai.POST("/api/activities/{id}/rates", { params: { path: id }, body: { rate: 50, isFixed: true } }),
  },
  {
    operationId: "deleteActivityRate",
    call: (kimai) => kimai.DELETE("/api/activities/{id}/rates/{rateId}", { params: { path: { id: 5, rateId: 9 } } }),
  },
  {
    operationId: "deleteActivityRate",
    status: 404,
    call: (kimai) => kimai.DELETE("/api/activities/{id}/rates/{rateId}", { params: { path: { id: 5, rateId: 999 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(NotFoundError),
  },
  {
    operationId: "createActivityTeam",
    status: 410,
    call: (kimai) => kimai.POST("/api/activities/{id}/team", { params: { path: id } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(GoneError);
      expect((error as GoneError).apiMessage).toContain("POST /api/teams/");
    },
  },
];
