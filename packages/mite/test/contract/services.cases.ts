// Contract cases of the services operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { UnprocessableEntityError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { MiteClient, Service } from "../../src/index.js";

const id = { id: 38672 };

export const serviceCases: ContractCase<MiteClient>[] = [
  {
    operationId: "listServices",
    call: (mite) => mite.GET("/services", { params: { query: { name: "cod", limit: 50, page: 2 } } }),
    check: ({ data }) => {
      const [billable, internal] = data as Array<{ service: Service }>;
      expect(billable?.service.billable).toBe(true);
      expect(internal?.service).toMatchObject({ billable: false, hourly_rate: null });
    },
  },
  { operationId: "listArchivedServices", call: (mite) => mite.GET("/services/archived", { params: { query: { name: "old" } } }) },
  {
    operationId: "getService",
    call: (mite) => mite.GET("/services/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.headers.get("ETag")).toMatch(/^W\/"/),
  },
  { operationId: "getService", status: 404, call: (mite) => mite.GET("/services/{id}", { params: { path: { id: 1 } } }) },
  {
    operationId: "createService",
    call: (mite) => mite.POST("/services", { body: { service: { name: "Service XY", billable: false } } }),
    check: ({ response }) => expect(response.headers.get("Location")).toMatch(/^https:\/\//),
  },
  {
    operationId: "createService",
    name: "with a rate",
    call: (mite) => mite.POST("/services", { body: { service: { name: "Coding", hourly_rate: 3300, note: "" } } }),
  },
  {
    operationId: "createService",
    status: 422,
    // A name of spaces passes the schema (minLength 1); mite strips it and refuses it as blank.
    call: (mite) => mite.POST("/services", { body: { service: { name: " " } } }),
  },
  {
    operationId: "updateService",
    call: (mite) =>
      mite.PATCH("/services/{id}", {
        params: { path: id },
        body: { service: { hourly_rate: 3800, update_hourly_rate_on_time_entries: true } },
      }),
    check: ({ data }) => expect(data).toBeUndefined(),
  },
  {
    operationId: "replaceService",
    call: (mite) => mite.PUT("/services/{id}", { params: { path: id }, body: { service: { billable: false } } }),
  },
  { operationId: "deleteService", call: (mite) => mite.DELETE("/services/{id}", { params: { path: id } }) },
  {
    operationId: "deleteService",
    status: 422,
    call: (mite) => mite.DELETE("/services/{id}", { params: { path: id } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as UnprocessableEntityError).apiMessage).toMatch(/^This service cannot be deleted/);
    },
  },
];
