// Contract cases of the customer operations (see ../contract.test.ts).
import { type ContractCase, errorOf } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, GoneError, NotFoundError, PermissionDeniedError } from "@punchclock/core";
import { expect } from "vitest";
import type { CustomerCollection, CustomerCollectionFull, CustomerEditForm, KimaiClient } from "../../src/index.js";

const id = { id: 1 };

// `teams` is only part of the create form: the edit form answers it with 400 "extra fields", so it must not type-check.
// @ts-expect-error teams cannot be changed with PATCH /api/customers/{id}
const noTeamsOnEdit: CustomerEditForm = { teams: [1] };
void noTeamsOnEdit;

export const customerCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listCustomers",
    call: (kimai) =>
      kimai.GET("/api/customers", {
        params: { query: { visible: 3, order: "DESC", orderBy: "id", term: "acme" } },
      }),
    check: ({ data }, _expected, sent) => {
      expect(sent.url.search).toBe("?visible=3&order=DESC&orderBy=id&term=acme");
      const customers = data as CustomerCollection[];
      // List items never carry budget or address fields.
      expect(Object.keys(customers[0] ?? {})).not.toContain("budget");
      expect(Object.keys(customers[0] ?? {})).not.toContain("vatId");
    },
  },
  {
    operationId: "listCustomers",
    name: "full=1",
    example: "full",
    call: (kimai) => kimai.GET("/api/customers", { params: { query: { full: 1 } } }),
    check: ({ data }, _expected, sent) => {
      expect(sent.url.search).toBe("?full=1");
      const [first] = (data ?? []) as CustomerCollectionFull[];
      expect(first?.vatId).toBe("DE0123456789");
      expect(first?.city).toBe("Acme Town");
    },
  },
  { operationId: "listCustomers", name: "no filters", call: (kimai) => kimai.GET("/api/customers") },
  {
    operationId: "createCustomer",
    name: "name only",
    call: (kimai) => kimai.POST("/api/customers", { body: { name: "Acme University" } }),
  },
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
          budgetType: "month",
          teams: [1],
          metaFields: { sector: { value: "education" } },
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
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body).map((field) => field.field)).toEqual(["name", "currency"]);
    },
  },
  {
    operationId: "createCustomer",
    name: "without create_customer",
    status: 403,
    call: (kimai) => kimai.POST("/api/customers", { body: { name: "Acme University" } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  { operationId: "getCustomer", call: (kimai) => kimai.GET("/api/customers/{id}", { params: { path: id } }) },
  {
    operationId: "getCustomer",
    status: 404,
    call: (kimai) => kimai.GET("/api/customers/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => {
      const error = await errorOf(result);
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
    operationId: "updateCustomer",
    name: "budget and custom field",
    call: (kimai) =>
      kimai.PATCH("/api/customers/{id}", {
        params: { path: id },
        body: { budget: 4800, timeBudget: "40:00", budgetType: "month", metaFields: { sector: { value: "education" } } },
      }),
  },
  {
    operationId: "updateCustomer",
    name: "budget without the budget permission",
    status: 400,
    example: "extraFields",
    call: (kimai) => kimai.PATCH("/api/customers/{id}", { params: { path: id }, body: { budget: 4800 } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)).toEqual([
        { field: "", messages: ["This form should not contain extra fields."] },
      ]);
    },
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
  {
    // Kimai stores a custom field's value as text and takes any scalar: a checkbox field's boolean, a number.
    operationId: "setCustomerMeta",
    name: "a boolean value",
    call: (kimai) => kimai.PATCH("/api/customers/{id}/meta", { params: { path: id }, body: { name: "vip", value: true } }),
    check: (_, __, sent) => expect(sent.body).toBe('{"name":"vip","value":true}'),
  },
  {
    operationId: "setCustomerMeta",
    name: "unknown custom field",
    status: 404,
    call: (kimai) => kimai.PATCH("/api/customers/{id}/meta", { params: { path: id }, body: { name: "nope", value: "x" } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(NotFoundError),
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
    operationId: "toggleCustomerCommentPin",
    name: "comment of another customer",
    status: 403,
    call: (kimai) => kimai.PATCH("/api/customers/{id}/comments/{commentId}/pin", { params: { path: { id: 2, commentId: 12 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  {
    operationId: "createCustomerTeam",
    status: 410,
    call: (kimai) => kimai.POST("/api/customers/{id}/team", { params: { path: id } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(GoneError);
      expect((error as GoneError).apiMessage).toContain("POST /api/teams/");
    },
  },
];
