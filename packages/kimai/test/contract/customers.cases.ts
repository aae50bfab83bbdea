// Contract cases of the customer operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, GoneError, NotFoundError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { KimaiClient } from "../../src/index.js";

const id = { id: 1 };

export const customerCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listCustomers",
    call: (kimai) =>
      kimai.GET("/api/customers", { params: { query: { visible: 3, order: "DESC", orderBy: "id", term: "acme", full: 1 } } }),
  },
  { operationId: "listCustomers", name: "no filters", call: (kimai) => kimai.GET("/api/customers") },
  {
    operationId: "createCustomer",
    call: (kimai) =>
      kimai.POST("/api/customers", {
        body: {
          name: "Acme University",
          country: "DE",
          language: "de",
          currency: "EUR",
          timezone: "Europe/Berlin",
          budget: "999",
          timeBudget: "10,25",
          teams: [1],
        },
      }),
  },
  {
    operationId: "createCustomer",
    status: 400,
    // The request is valid for the spec; the server's own checks refuse it (duplicate name, unknown currency).
    call: (kimai) =>
      kimai.POST("/api/customers", { body: { name: "Acme", country: "DE", language: "de", currency: "XYZ", timezone: "UTC" } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body).map((field) => field.field)).toEqual(["name", "currency"]);
    },
  },
  { operationId: "getCustomer", call: (kimai) => kimai.GET("/api/customers/{id}", { params: { path: id } }) },
  {
    operationId: "getCustomer",
    status: 404,
    call: (kimai) => kimai.GET("/api/customers/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).operationId).toBe("getCustomer");
    },
  },
  {
    operationId: "updateCustomer",
    call: (kimai) =>
      kimai.PATCH("/api/customers/{id}", { params: { path: id }, body: { visible: false, comment: "Contract ended" } }),
  },
  {
    operationId: "deleteCustomer",
    call: (kimai) => kimai.DELETE("/api/customers/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "setCustomerMeta",
    call: (kimai) =>
      kimai.PATCH("/api/customers/{id}/meta", { params: { path: id }, body: { name: "sector", value: "education" } }),
  },
  { operationId: "listCustomerRates", call: (kimai) => kimai.GET("/api/customers/{id}/rates", { params: { path: id } }) },
  {
    operationId: "addCustomerRate",
    call: (kimai) =>
      kimai.POST("/api/customers/{id}/rates", {
        params: { path: id },
        body: { user: 2, rate: 85.5, internalRate: 60, isFixed: false },
      }),
  },
  {
    operationId: "deleteCustomerRate",
    call: (kimai) => kimai.DELETE("/api/customers/{id}/rates/{rateId}", { params: { path: { id: 1, rateId: 7 } } }),
  },
  { operationId: "listCustomerComments", call: (kimai) => kimai.GET("/api/customers/{id}/comments", { params: { path: id } }) },
  {
    operationId: "addCustomerComment",
    call: (kimai) =>
      kimai.POST("/api/customers/{id}/comments", {
        params: { path: id },
        body: { message: "Invoices go to accounting.", pinned: true },
      }),
  },
  {
    operationId: "deleteCustomerComment",
    call: (kimai) => kimai.DELETE("/api/customers/{id}/comments/{commentId}", { params: { path: { id: 1, commentId: 12 } } }),
  },
  {
    operationId: "toggleCustomerCommentPin",
    call: (kimai) => kimai.PATCH("/api/customers/{id}/comments/{commentId}/pin", { params: { path: { id: 1, commentId: 12 } } }),
  },
  {
    operationId: "createCustomerTeam",
    status: 410,
    call: (kimai) => kimai.POST("/api/customers/{id}/team", { params: { path: id } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GoneError);
      expect((error as GoneError).apiMessage).toContain("POST /api/teams/");
    },
  },
];
