// Contract cases of the tags operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import type { KimaiClient } from "../../src/index.js";

export const tagCases: ContractCase<KimaiClient>[] = [];
