// Contract cases of the services operations (see ../contract.test.ts); each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import type { MiteClient } from "../../src/index.js";

export const serviceCases: ContractCase<MiteClient>[] = [];
