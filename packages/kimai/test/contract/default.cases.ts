// Contract cases of the instance-level operations: ping, version, configuration, plugins.
import type { ContractCase } from "@punchclock/contract-harness";
import { expect } from "vitest";
import type { KimaiClient } from "../../src/index.js";

export const defaultCases: ContractCase<KimaiClient>[] = [
  { operationId: "ping", call: (kimai) => kimai.GET("/api/ping") },
  {
    operationId: "getVersion",
    call: (kimai) => kimai.GET("/api/version"),
    check: ({ data }) => expect((data as { versionId: number }).versionId).toBe(26500),
  },
];
