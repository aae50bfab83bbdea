// Contract cases of the users operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import type { MiteClient } from "../../src/index.js";

export const userCases: ContractCase<MiteClient>[] = [];
