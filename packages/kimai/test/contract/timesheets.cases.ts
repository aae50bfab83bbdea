// Contract cases of the timesheets operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import type { KimaiClient } from "../../src/index.js";

export const timesheetCases: ContractCase<KimaiClient>[] = [];
