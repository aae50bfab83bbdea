// Contract cases of the customer operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { UnprocessableEntityError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { MiteClient } from "../../src/index.js";

const id = { id: 643 };

export const customerCases: ContractCase<MiteClient>[] = [
  {
    operationId: "listCustomers",
    call: (mite) => mite.GET("/customers", { params: { query: { name: "inc", limit: 2, page: 1 } } }),
    check: ({ response }) => {
      expect(response.headers.get("ETag")).toMatch(/^W\/"/);
      expect(response.headers.get("X-Changes-Link")).toMatch(/^https:\/\/demo\.mite\.de\/customers\/changes\//);
    },
  },
  {
    operationId: "listCustomers",
    name: "unchanged",
    status: 304,
    call: (mite) => mite.GET("/customers", { params: { query: { limit: 2 }, header: { "If-None-Match": 'W/"list-1"' } } }),
    check: ({ data, response }, _expected, sent) => {
      expect(sent.headers["if-none-match"]).toBe('W/"list-1"');
      expect(sent.url.searchParams.get("limit")).toBe("2");
      expect(data).toBeUndefined();
      expect(response.status).toBe(304);
    },
  },
  { operationId: "listArchivedCustomers", call: (mite) => mite.GET("/customers/archived") },
  {
    operationId: "createCustomer",
    status: 422,
    // A name of spaces passes the schema (minLength 1); mite strips it and refuses it as blank.
    call: (mite) => mite.POST("/customers", { body: { customer: { name: " " } } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as UnprocessableEntityError).body).toEqual({ error: "Name can't be blank" });
    },
  },
  {
    operationId: "getCustomer",
    call: (mite) => mite.GET("/customers/{id}", { params: { path: id } }),
    check: ({ data }) =>
      expect((data as { customer: { hourly_rates_per_service: unknown[] } }).customer.hourly_rates_per_service).toHaveLength(2),
  },
  {
    operationId: "createCustomer",
    call: (mite) => mite.POST("/customers", { body: { customer: { name: "Big Inc." } } }),
    check: ({ response }) => expect(response.headers.get("Location")).toMatch(/\/customers\/544\.json$/),
  },
  {
    operationId: "createCustomer",
    name: "with rates per service",
    call: (mite) =>
      mite.POST("/customers", {
        body: {
          customer: {
            name: "Big Inc.",
            note: "",
            hourly_rate: null,
            active_hourly_rate: "hourly_rates_per_service",
            hourly_rates_per_service: [{ service_id: 31272, hourly_rate: 4500 }],
          },
        },
      }),
  },
  {
    operationId: "updateCustomer",
    call: (mite) =>
      mite.PATCH("/customers/{id}", {
        params: { path: id },
        body: { customer: { hourly_rate: 12000, update_hourly_rate_on_time_entries: true } },
      }),
    check: ({ data }) => expect(data).toBeUndefined(),
  },
  {
    // mite drops attributes it does not know (Rails' strong parameters): a record read before and sent back
    // whole, with its id and timestamps, as ActiveResource clients do, is a valid request.
    operationId: "updateCustomer",
    name: "a fetched record sent back whole",
    call: (mite) =>
      mite.PATCH("/customers/{id}", {
        params: { path: id },
        body: {
          customer: { id: 643, name: "Acme", note: "", created_at: "2011-08-17T12:06:57+02:00", archived: true },
        } as never,
      }),
    check: (_, __, sent) => expect(JSON.stringify(sent.body)).toMatch(/created[_-]at/),
  },
  {
    operationId: "replaceCustomer",
    call: (mite) => mite.PUT("/customers/{id}", { params: { path: id }, body: { customer: { archived: true } } }),
  },
  { operationId: "deleteCustomer", call: (mite) => mite.DELETE("/customers/{id}", { params: { path: id } }) },
  {
    operationId: "deleteCustomer",
    status: 422,
    call: (mite) => mite.DELETE("/customers/{id}", { params: { path: id } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect((error as UnprocessableEntityError).apiMessage).toMatch(/^This customer cannot be deleted/);
      expect((error as UnprocessableEntityError).operationId).toBe("deleteCustomer");
    },
  },
  { operationId: "getCustomer", status: 404, call: (mite) => mite.GET("/customers/{id}", { params: { path: { id: 1 } } }) },
];
