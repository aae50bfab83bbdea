// Contract cases of the users operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import type { KimaiClient } from "../../src/index.js";

export const userCases: ContractCase<KimaiClient>[] = [];
