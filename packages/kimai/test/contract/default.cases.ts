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
  {
    operationId: "getColorConfig",
    call: (kimai) => kimai.GET("/api/config/colors"),
    check: ({ data }) => {
      const colors = data as Record<string, string>;
      expect(Object.keys(colors)[0]).toBe("Silver");
      expect(colors.Lavender).toBe("#E6E6FA");
    },
  },
  {
    operationId: "getColorConfig",
    name: "none configured",
    example: "empty",
    call: (kimai) => kimai.GET("/api/config/colors"),
    check: ({ data }) => {
      expect(data).toEqual([]);
      expect(Object.entries(data as object)).toEqual([]);
    },
  },
  {
    operationId: "listPlugins",
    call: (kimai) => kimai.GET("/api/plugins"),
    check: ({ data }) => expect((data as { name: string }[]).map((plugin) => plugin.name)).toContain("ExpensesBundle"),
  },
];
