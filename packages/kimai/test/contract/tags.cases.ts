// Contract cases of the tags operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import { BadRequestError, flattenValidationErrors, NotFoundError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { KimaiClient } from "../../src/index.js";

export const tagCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listTagNames",
    call: (kimai) => kimai.GET("/api/tags", { params: { query: { name: "in" } } }),
    check: (_result, _expected, sent) => expect(sent.url.search).toBe("?name=in"),
  },
  {
    operationId: "findTags",
    call: (kimai) => kimai.GET("/api/tags/find", { params: { query: { name: "2018" } } }),
    check: (_result, _expected, sent) => expect(sent.url.search).toBe("?name=2018"),
  },
  {
    operationId: "createTag",
    call: (kimai) => kimai.POST("/api/tags", { body: { name: "Bug Fixing", color: "#00ff00" } }),
  },
  {
    operationId: "createTag",
    status: 400,
    // Valid for the spec; the server refuses the name because another tag has it.
    call: (kimai) => kimai.POST("/api/tags", { body: { name: "Bug Fixing" } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect(flattenValidationErrors((error as BadRequestError).body).map((field) => field.field)).toEqual(["name"]);
    },
  },
  {
    operationId: "deleteTag",
    call: (kimai) => kimai.DELETE("/api/tags/{id}", { params: { path: { id: 5 } } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "deleteTag",
    status: 404,
    call: (kimai) => kimai.DELETE("/api/tags/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError),
  },
];
