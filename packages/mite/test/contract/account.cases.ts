// Contract cases of the account and the authenticated user; each runs in JSON and in XML.
import type { ContractCase } from "@punchclock/contract-harness";
import { expect } from "vitest";
import type { MiteClient } from "../../src/index.js";

export const accountCases: ContractCase<MiteClient>[] = [
  {
    operationId: "getAccount",
    call: (mite) => mite.GET("/account"),
    check: ({ response }) => expect(response.headers.get("ETag")).toMatch(/^W\/"[0-9a-f]+"$/),
  },
  {
    // A conditional request the caller makes itself (the client's cache option makes them on its own).
    operationId: "getAccount",
    name: "unchanged",
    status: 304,
    call: (mite) => mite.GET("/account", { params: { header: { "If-None-Match": 'W/"5b2e64b220c6e3f96533301076dc2421"' } } }),
    check: ({ data, error, response }, _expected, sent) => {
      expect(sent.headers["if-none-match"]).toBe('W/"5b2e64b220c6e3f96533301076dc2421"');
      expect([data, error]).toEqual([undefined, undefined]);
      expect(response.headers.get("ETag")).toMatch(/^W\/"/);
    },
  },
  {
    operationId: "getMyself",
    call: (mite) => mite.GET("/myself"),
    check: ({ response }) => expect(response.headers.get("ETag")).toMatch(/^W\/"/),
  },
];
