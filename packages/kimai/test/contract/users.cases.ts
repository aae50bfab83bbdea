// Contract cases of the users operations (see ../contract.test.ts).
import { type ContractCase, errorOf } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, NotFoundError, PermissionDeniedError } from "@punchclock/core";
import { expect } from "vitest";
import type { KimaiClient } from "../../src/index.js";

const id = { id: 2 };

export const userCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listUsers",
    call: (kimai) =>
      kimai.GET("/api/users", {
        params: { query: { visible: 3, orderBy: "email", order: "DESC", term: "john" } },
      }),
    check: (_result, _expected, sent) => {
      expect(sent.url.search).toBe("?visible=3&orderBy=email&order=DESC&term=john");
    },
  },
  {
    operationId: "listUsers",
    name: "full=true",
    example: "full",
    call: (kimai) => kimai.GET("/api/users", { params: { query: { full: true } } }),
    check: ({ data }, _expected, sent) => {
      expect(sent.url.search).toBe("?full=true");
      expect((data as { roles: string[] }[])[0]?.roles).toEqual(["ROLE_TEAMLEAD"]);
    },
  },
  {
    operationId: "listUsers",
    name: "full=1, which Kimai reads as true",
    example: "full",
    call: (kimai) => kimai.GET("/api/users", { params: { query: { full: 1 } } }),
    check: (_, __, sent) => expect(sent.url.search).toBe("?full=1"),
  },
  { operationId: "listUsers", name: "no filters", call: (kimai) => kimai.GET("/api/users") },
  {
    operationId: "createUser",
    call: (kimai) =>
      kimai.POST("/api/users", {
        body: {
          username: "john_user",
          email: "john_user@example.com",
          plainPassword: "correct-horse-battery",
          alias: "John Doe",
          language: "en",
          locale: "en_GB",
          timezone: "Europe/Berlin",
          supervisor: 4,
          enabled: true,
          roles: ["ROLE_TEAMLEAD"],
        },
      }),
  },
  {
    operationId: "createUser",
    status: 400,
    // Valid for the spec; the server refuses the taken username and e-mail, the unknown language, time zone and role.
    call: (kimai) =>
      kimai.POST("/api/users", {
        body: {
          username: "john_user",
          email: "john_user@example.com",
          plainPassword: "correct-horse-battery",
          language: "xx",
          timezone: "XXX/YYY",
          roles: ["ABC"],
        },
      }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body).map((field) => field.field)).toEqual([
        "username",
        "email",
        "language",
        "timezone",
        "roles",
      ]);
    },
  },
  { operationId: "getCurrentUser", call: (kimai) => kimai.GET("/api/users/me") },
  { operationId: "getUser", call: (kimai) => kimai.GET("/api/users/{id}", { params: { path: id } }) },
  {
    operationId: "getUser",
    status: 404,
    call: (kimai) => kimai.GET("/api/users/{id}", { params: { path: { id: 99 } } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).operationId).toBe("getUser");
    },
  },
  {
    operationId: "getUser",
    status: 403,
    call: (kimai) => kimai.GET("/api/users/{id}", { params: { path: { id: 4 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  {
    operationId: "updateUser",
    call: (kimai) =>
      kimai.PATCH("/api/users/{id}", {
        params: { path: id },
        body: { title: "Senior Developer", language: "de", timezone: "Europe/Vienna", roles: ["ROLE_TEAMLEAD"] },
      }),
  },
  {
    operationId: "updateUser",
    name: "permission-gated field",
    status: 400,
    example: "extraFields",
    // `enabled` is part of the form, but not when editing your own account: the server calls it an extra field.
    call: (kimai) => kimai.PATCH("/api/users/{id}", { params: { path: id }, body: { enabled: false, language: "de" } }),
    check: async (result) => {
      const error = await errorOf(result);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body)).toEqual([
        { field: "", messages: ["This form should not contain extra fields."] },
      ]);
    },
  },
  {
    operationId: "updateUserPreferences",
    call: (kimai) =>
      kimai.PATCH("/api/users/{id}/preferences", {
        params: { path: id },
        body: [
          { name: "hourly_rate", value: "82" },
          { name: "internal_rate", value: "60" },
        ],
      }),
  },
  {
    // As Kimai's own test sends it: a number, which Kimai stores as text.
    operationId: "updateUserPreferences",
    name: "a number",
    call: (kimai) =>
      kimai.PATCH("/api/users/{id}/preferences", { params: { path: id }, body: [{ name: "hourly_rate", value: 99 }] }),
    check: (_, __, sent) => expect(sent.body).toBe('[{"name":"hourly_rate","value":99}]'),
  },
  {
    operationId: "updateUserPreferences",
    name: "unknown preference",
    status: 404,
    call: (kimai) =>
      kimai.PATCH("/api/users/{id}/preferences", { params: { path: id }, body: [{ name: "no_such_field", value: null }] }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(NotFoundError),
  },
  {
    operationId: "updateUserPreferences",
    name: "disabled preference",
    status: 403,
    call: (kimai) =>
      kimai.PATCH("/api/users/{id}/preferences", { params: { path: id }, body: [{ name: "hourly_rate", value: "99" }] }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  {
    operationId: "deleteApiToken",
    call: (kimai) => kimai.DELETE("/api/users/api-token/{id}", { params: { path: { id: 3 } } }),
    check: ({ response }) => expect(response.status).toBe(200),
  },
  {
    operationId: "deleteApiToken",
    status: 403,
    call: (kimai) => kimai.DELETE("/api/users/api-token/{id}", { params: { path: { id: 9 } } }),
    check: async (result) => expect(await errorOf(result)).toBeInstanceOf(PermissionDeniedError),
  },
  {
    operationId: "deleteUserRole",
    call: (kimai) => kimai.DELETE("/api/users/roles/{id}", { params: { path: { id: 2 } } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
];
