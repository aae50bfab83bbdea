// Contract cases of the projects operations (see ../contract.test.ts).
import { type ContractCase, errorOf } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, GoneError, NotFoundError, PermissionDeniedError } from "@punchclock/core";
import { expect } from "vitest";
import type { Comment, KimaiClient, ProjectCollection, ProjectEditForm, ProjectEntity } from "../../src/index.js";

const id = { id: 3 };

// `teams` is only part of the create form; the edit form would answer it with 400 "extra fields".
// @ts-expect-error teams cannot be changed with PATCH /api/projects/{id}
const noTeamsOnEdit: ProjectEditForm = { teams: [1] };
void noTeamsOnEdit;

export const projectCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listProjects",
    call: (kimai) =>
      kimai.GET("/api/projects", {
        params: {
          query: {
            customer: 1,
            "customers[]": [1, 2],
            visible: 3,
            start: "2024-01-01",
            end: "2024-12-31T23:59:59",
            globalActivities: 1,
            order: "DESC",
            orderBy: "customer",
            term: "website",
          },
        },
      }),
    check: ({ data }, _expected, sent) => {
      const query = sent.url.searchParams;
      expect(query?.get("customer")).toBe("1");
      expect(query?.getAll("customers[]")).toEqual(["1", "2"]);
      expect([query?.get("start"), query?.get("end")]).toEqual(["2024-01-01", "2024-12-31T23:59:59"]);
      expect([query?.get("visible"), query?.get("globalActivities")]).toEqual(["3", "1"]);
      expect([query?.get("order"), query?.get("orderBy"), query?.get("term")]).toEqual(["DESC", "customer", "website"]);
      // List items carry the customer as an ID and its name, never budget fields.
      const [first] = data as ProjectCollection[];
      expect(first?.customer).toBe(1);
      expect(first?.parentTitle).toBe("Acme University");
      expect(Object.keys(first ?? {})).not.toContain("budget");
    },
  },
  {
    operationId: "listProjects",
    name: "all dates",
    call: (kimai) => kimai.GET("/api/projects", { params: { query: { ignoreDates: 1 } } }),
    check: (_result, _expected, sent) => expect(sent.url.search).toBe("?ignoreDates=1"),
  },
  { operationId: "listProjects", name: "no filters", call: (kimai) => kimai.GET("/api/projects") },
  {
    // Kimai 2.66+ lists the budget fields to users who may see them, and the locked period of every project.
    operationId: "listProjects",
    name: "budgets and a locked period in the list (Kimai 2.66+)",
    example: "withBudgets",
    call: (kimai) => kimai.GET("/api/projects"),
    check: (result) => {
      const [project] = result.data as ProjectCollection[];
      expect(project).toMatchObject({ budget: 999, timeBudget: 36900, budgetType: "month", lockedUntil: null });
    },
  },
  {
    operationId: "listProjects",
    name: "customer without access",
    status: 403,
    call: (kimai) => kimai.GET("/api/projects", { params: { query: { customer: 2 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  {
    operationId: "createProject",
    call: (kimai) =>
      kimai.POST("/api/projects", {
        body: {
          name: "Website relaunch",
          customer: 1,
          orderDate: "2024-04-17",
          start: "2024-05-01",
          end: "2024-12-31",
          budget: "999",
          timeBudget: "10,25",
          budgetType: "month",
          orderNumber: "1234567890/WXYZ",
          number: "A-1234",
          globalActivities: true,
          teams: [1],
          metaFields: { cost_center: { value: "4711" } },
        },
      }),
  },
  {
    operationId: "createProject",
    name: "required fields only",
    call: (kimai) => kimai.POST("/api/projects", { body: { name: "Support", customer: 1 } }),
  },
  {
    operationId: "createProject",
    name: "unknown customer",
    status: 400,
    call: (kimai) => kimai.POST("/api/projects", { body: { name: "Support", customer: 100 } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body).length).toBeGreaterThan(0);
    },
  },
  { operationId: "getProject", call: (kimai) => kimai.GET("/api/projects/{id}", { params: { path: id } }) },
  {
    // Kimai 2.66+ leaves out the budget fields a user may not see, and sends the project's locked period.
    operationId: "getProject",
    name: "without budgets, with a locked period (Kimai 2.66+)",
    example: "lockedWithoutBudget",
    call: (kimai) => kimai.GET("/api/projects/{id}", { params: { path: { id: 4 } } }),
    check: (result) => {
      const project = result.data as ProjectEntity;
      expect(project.lockedUntil).toBe("2024-05-31");
      expect(project.budget).toBeUndefined();
      expect(Object.keys(project)).not.toContain("budgetType");
    },
  },
  {
    operationId: "getProject",
    status: 404,
    call: (kimai) => kimai.GET("/api/projects/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).operationId).toBe("getProject");
    },
  },
  {
    operationId: "updateProject",
    // PATCH parses the dates as HTML5 date-times, unlike POST.
    call: (kimai) =>
      kimai.PATCH("/api/projects/{id}", {
        params: { path: id },
        body: { end: "2025-03-31T00:00:00", comment: "Extended by three months", budget: 1200 },
      }),
  },
  {
    operationId: "updateProject",
    name: "field the form does not have",
    status: 400,
    example: "extraFields",
    // `budget` is an extra field for users without the budget permission.
    call: (kimai) => kimai.PATCH("/api/projects/{id}", { params: { path: id }, body: { budget: 1200 } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)[0]?.messages).toEqual([
        "This form should not contain extra fields.",
      ]);
    },
  },
  {
    operationId: "deleteProject",
    call: (kimai) => kimai.DELETE("/api/projects/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "setProjectMeta",
    call: (kimai) =>
      kimai.PATCH("/api/projects/{id}/meta", { params: { path: id }, body: { name: "cost_center", value: "4711" } }),
    check: ({ data }) => expect((data as ProjectEntity).metaFields).toEqual([{ name: "cost_center", value: "4711" }]),
  },
  {
    operationId: "setProjectMeta",
    name: "unknown custom field",
    status: 404,
    call: (kimai) => kimai.PATCH("/api/projects/{id}/meta", { params: { path: id }, body: { name: "nope", value: "x" } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(NotFoundError),
  },
  { operationId: "listProjectRates", call: (kimai) => kimai.GET("/api/projects/{id}/rates", { params: { path: id } }) },
  {
    operationId: "addProjectRate",
    call: (kimai) =>
      kimai.POST("/api/projects/{id}/rates", {
        params: { path: id },
        body: { user: 2, rate: 85.5, internalRate: 60, isFixed: false },
      }),
  },
  {
    operationId: "addProjectRate",
    name: "unknown user",
    status: 400,
    call: (kimai) => kimai.POST("/api/projects/{id}/rates", { params: { path: id }, body: { user: 999, rate: 50 } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(BadRequestError),
  },
  {
    operationId: "deleteProjectRate",
    call: (kimai) => kimai.DELETE("/api/projects/{id}/rates/{rateId}", { params: { path: { id: 3, rateId: 8 } } }),
  },
  {
    operationId: "deleteProjectRate",
    name: "rate of another project",
    status: 404,
    call: (kimai) => kimai.DELETE("/api/projects/{id}/rates/{rateId}", { params: { path: { id: 4, rateId: 8 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(NotFoundError),
  },
  {
    operationId: "listProjectComments",
    call: (kimai) => kimai.GET("/api/projects/{id}/comments", { params: { path: id } }),
    check: ({ data }) => expect((data as Comment[]).map((comment) => comment.pinned)).toEqual([true, false]),
  },
  {
    operationId: "addProjectComment",
    call: (kimai) =>
      kimai.POST("/api/projects/{id}/comments", {
        params: { path: id },
        body: { message: "Invoices go to **accounting@example.com** from now on.", pinned: true },
      }),
  },
  {
    operationId: "deleteProjectComment",
    call: (kimai) => kimai.DELETE("/api/projects/{id}/comments/{commentId}", { params: { path: { id: 3, commentId: 12 } } }),
  },
  {
    operationId: "deleteProjectComment",
    name: "comment of another project",
    status: 403,
    call: (kimai) => kimai.DELETE("/api/projects/{id}/comments/{commentId}", { params: { path: { id: 4, commentId: 12 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  {
    operationId: "toggleProjectCommentPin",
    call: (kimai) => kimai.PATCH("/api/projects/{id}/comments/{commentId}/pin", { params: { path: { id: 3, commentId: 12 } } }),
  },
  {
    operationId: "duplicateProject",
    call: (kimai) => kimai.POST("/api/projects/{id}/duplicate", { params: { path: id } }),
    check: ({ response, data }) => {
      expect(response.status).toBe(201);
      expect((data as ProjectEntity).id).toBe(7);
    },
  },
  {
    operationId: "duplicateProject",
    status: 404,
    call: (kimai) => kimai.POST("/api/projects/{id}/duplicate", { params: { path: { id: 999 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(NotFoundError),
  },
  {
    operationId: "createProjectTeam",
    status: 410,
    call: (kimai) => kimai.POST("/api/projects/{id}/team", { params: { path: id } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(GoneError);
      expect((error as GoneError).apiMessage).toContain("POST /api/teams/");
    },
  },
];
