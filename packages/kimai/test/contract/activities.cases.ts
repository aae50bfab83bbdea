// Contract cases of the activities operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import type { KimaiClient } from "../../src/index.js";

export const activityCases: ContractCase<KimaiClient>[] = [];
