// Contract cases of the invoices operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import type { KimaiClient } from "../../src/index.js";

export const invoiceCases: ContractCase<KimaiClient>[] = [];
