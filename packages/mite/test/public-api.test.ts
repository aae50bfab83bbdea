// The runtime exports of @punchclock/mite, pinned, so a new export is a deliberate change. The names from
// @punchclock/core are re-exports of the very same objects (one import serves, and `instanceof` holds
// whichever package a class came from), and none of them is core's internal plumbing.
import * as core from "@punchclock/core";
import * as coreInternal from "@punchclock/core/internal";
import { describe, expect, it } from "vitest";
import * as mite from "../src/index.js";

const OWN = [
  "MITE_CLIENT_NAME",
  "MITE_CORS_BASE_URL",
  "MITE_XML_ITEM_NAMES",
  "createMiteClient",
  "miteErrorFromXml",
  "miteQuerySerializer",
  "operations",
  "parseTimeEntryQuery",
];

const FROM_CORE = [
  "ApiError",
  "AuthenticationError",
  "BadRequestError",
  "ConflictError",
  "ConnectionError",
  "DecodeError",
  "GoneError",
  "InternalServerError",
  "InvalidParameterError",
  "MemoryEtagStore",
  "NotFoundError",
  "PaginationError",
  "PermissionDeniedError",
  "PunchclockError",
  "RateLimitError",
  "RedirectError",
  "RequestAbortedError",
  "RequestTimeoutError",
  "ResponseTooLargeError",
  "TimeoutError",
  "UnprocessableEntityError",
  "amountToCents",
  "basicAuth",
  "centsToAmount",
  "formatMinutes",
  "hoursToMinutes",
  "minutesToHours",
  "miteApiKey",
  "parsePlainDate",
  "toPlainDate",
  "unwrap",
];

describe("the exports of @punchclock/mite", () => {
  it("are exactly these names", () => {
    expect(Object.keys(mite).sort()).toEqual([...OWN, ...FROM_CORE].sort());
  });

  it("re-export core's objects themselves, not copies", () => {
    const exports: Record<string, unknown> = mite;
    const coreExports: Record<string, unknown> = core;
    for (const name of FROM_CORE) expect(exports[name], name).toBe(coreExports[name]);
  });

  it("include every error class of core", () => {
    const errorClasses = Object.entries(core)
      .filter(([, value]) => typeof value === "function" && value.prototype instanceof Error)
      .map(([name]) => name);
    expect(errorClasses.length).toBeGreaterThan(15);
    for (const name of errorClasses) expect(FROM_CORE, name).toContain(name);
  });

  it("leave core's internal plumbing out", () => {
    expect(Object.keys(mite).filter((name) => name in coreInternal)).toEqual([]);
  });

  it("an error thrown through the client is an instance of the class from either package", async () => {
    const client = mite.createMiteClient({
      account: "acme",
      auth: mite.miteApiKey("k3y"),
      retry: false,
      fetch: async () => Response.json({ error: "Record not found" }, { status: 404 }),
    });
    const error = await mite.unwrap(client.GET("/customers/{id}", { params: { path: { id: 1 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(mite.NotFoundError);
    expect(error).toBeInstanceOf(core.NotFoundError);
    expect(error).toMatchObject({ operationId: "getCustomer", status: 404 });
  });
});
