// Contract cases of the account and the authenticated user; each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import type { MiteClient } from "../../src/index.js";

export const accountCases: ContractCase<MiteClient>[] = [
  { operationId: "getAccount", call: (mite) => mite.GET("/account") },
  { operationId: "getMyself", call: (mite) => mite.GET("/myself") },
];
