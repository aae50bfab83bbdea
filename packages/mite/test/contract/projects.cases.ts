// Contract cases of the projects operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { NotFoundError, UnprocessableEntityError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { MiteClient, Project } from "../../src/index.js";

const id = { id: 643 };

export const projectCases: ContractCase<MiteClient>[] = [
  {
    operationId: "listProjects",
    call: (mite) => mite.GET("/projects", { params: { query: { name: "open", limit: 2, page: 1 } } }),
    check: ({ data, response }) => {
      const [, withoutCustomer] = data as Array<{ project: Project }>;
      expect(withoutCustomer?.project).toMatchObject({ customer_id: null, customer_name: null, hourly_rate: null });
      expect(response.headers.get("ETag")).toMatch(/^W\/"/);
      expect(response.headers.get("X-Changes-Link")).toMatch(/^https:\/\//);
    },
  },
  {
    operationId: "listProjects",
    name: "of one customer",
    call: (mite) => mite.GET("/projects", { params: { query: { customer_id: 291 } } }),
  },
  {
    operationId: "listProjects",
    name: "of several customers (an array, sent comma-separated)",
    call: (mite) => mite.GET("/projects", { params: { query: { customer_id: [291, 292] } } }),
  },
  {
    operationId: "listArchivedProjects",
    call: (mite) => mite.GET("/projects/archived", { params: { query: { customer_id: 2, name: "micro" } } }),
    check: ({ data }) => expect((data as Array<{ project: Project }>)[0]?.project.archived).toBe(true),
  },
  {
    operationId: "getProject",
    call: (mite) => mite.GET("/projects/{id}", { params: { path: id } }),
    check: ({ data, response }) => {
      const { project } = data as { project: Project };
      expect(project.hourly_rates_per_service).toEqual([
        { service_id: 31272, hourly_rate: 4500 },
        { service_id: 149228, hourly_rate: 5500 },
      ]);
      expect(project.budget_type).toBe("minutes");
      expect(response.headers.get("ETag")).toMatch(/^W\/"/);
    },
  },
  {
    operationId: "getProject",
    status: 404,
    call: (mite) => mite.GET("/projects/{id}", { params: { path: { id: 1 } } }),
    check: async (result) => expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError),
  },
  {
    operationId: "createProject",
    call: (mite) => mite.POST("/projects", { body: { project: { name: "Website relaunch" } } }),
    check: ({ response }) => expect(response.headers.get("Location")).toMatch(/^https:\/\/demo\.mite\.de\/\w+\/\d+\.json$/),
  },
  {
    operationId: "createProject",
    name: "for a customer, with a budget and rates per service",
    call: (mite) =>
      mite.POST("/projects", {
        body: {
          project: {
            name: "Website relaunch",
            customer_id: 291,
            budget: 6000,
            budget_type: "minutes",
            hourly_rate: null,
            active_hourly_rate: "hourly_rates_per_service",
            hourly_rates_per_service: [{ service_id: 31272, hourly_rate: 4500 }],
          },
        },
      }),
  },
  {
    operationId: "createProject",
    status: 422,
    // A name of spaces passes the schema (minLength 1); mite strips it and refuses it as blank.
    call: (mite) => mite.POST("/projects", { body: { project: { name: " " } } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as UnprocessableEntityError).apiMessage).toBe("Name can't be blank");
    },
  },
  {
    operationId: "updateProject",
    call: (mite) =>
      mite.PATCH("/projects/{id}", {
        params: { path: id },
        body: { project: { budget: 2400, budget_type: "minutes_per_month", customer_id: null } },
      }),
    check: ({ data }) => expect(data).toBeUndefined(),
  },
  {
    operationId: "updateProject",
    status: 422,
    call: (mite) => mite.PATCH("/projects/{id}", { params: { path: id }, body: { project: { name: " " } } }),
  },
  {
    operationId: "replaceProject",
    call: (mite) => mite.PUT("/projects/{id}", { params: { path: id }, body: { project: { archived: true } } }),
  },
  { operationId: "deleteProject", call: (mite) => mite.DELETE("/projects/{id}", { params: { path: id } }) },
  {
    operationId: "deleteProject",
    status: 422,
    call: (mite) => mite.DELETE("/projects/{id}", { params: { path: id } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as UnprocessableEntityError).apiMessage).toMatch(/^This project cannot be deleted/);
    },
  },
  { operationId: "deleteProject", status: 404, call: (mite) => mite.DELETE("/projects/{id}", { params: { path: { id: 1 } } }) },
];
