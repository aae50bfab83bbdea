// Contract cases of the account and the authenticated user; each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { expect } from "vitest";
import type { MiteClient } from "../../src/index.js";

export const accountCases: ContractCase<MiteClient>[] = [
  {
    operationId: "getAccount",
    call: (mite) => mite.GET("/account"),
    check: ({ response }) => expect(response.headers.get("ETag")).toMatch(/^W\/"[0-9a-f]+"$/),
  },
  {
    operationId: "getMyself",
    call: (mite) => mite.GET("/myself"),
    check: ({ response }) => expect(response.headers.get("ETag")).toMatch(/^W\/"/),
  },
];
