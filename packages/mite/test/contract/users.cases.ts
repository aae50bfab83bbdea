// Contract cases of the users operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { PermissionDeniedError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { MiteClient, User } from "../../src/index.js";

export const userCases: ContractCase<MiteClient>[] = [
  {
    operationId: "listUsers",
    call: (mite) => mite.GET("/users", { params: { query: { name: "smart", email: "@email.com", limit: 10, page: 1 } } }),
    check: ({ data }) => expect((data as Array<{ user: User }>).map(({ user }) => user.role)).toEqual(["owner", "time_tracker"]),
  },
  {
    operationId: "listUsers",
    status: 403,
    call: (mite) => mite.GET("/users"),
    check: async (result) => expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(PermissionDeniedError),
  },
  { operationId: "listArchivedUsers", call: (mite) => mite.GET("/users/archived", { params: { query: { email: "peter" } } }) },
  {
    operationId: "getUser",
    call: (mite) => mite.GET("/users/{id}", { params: { path: { id: 2453 } } }),
    check: ({ response }) => expect(response.headers.get("ETag")).toMatch(/^W\/"/),
  },
  { operationId: "getUser", status: 404, call: (mite) => mite.GET("/users/{id}", { params: { path: { id: 1 } } }) },
];
