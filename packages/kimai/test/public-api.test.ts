// The runtime exports of @punchclock/kimai, pinned, so a new export is a deliberate change. The names from
// @punchclock/core are re-exports of the very same objects (one import serves, and `instanceof` holds
// whichever package a class came from), and none of them is core's internal plumbing.
import * as core from "@punchclock/core";
import * as coreInternal from "@punchclock/core/internal";
import { describe, expect, it } from "vitest";
import * as kimai from "../src/index.js";

const OWN = ["KIMAI_CLIENT_NAME", "KIMAI_DEFAULT_PAGE_SIZE", "createKimaiClient", "operations"];

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
  "bearerToken",
  "flattenValidationErrors",
  "formatMinutes",
  "fromKimaiLocalDateTime",
  "kimaiLegacyHeaders",
  "parseKimaiDateTime",
  "parsePlainDate",
  "toKimaiLocalDateTime",
  "toPlainDate",
  "unwrap",
];

describe("the exports of @punchclock/kimai", () => {
  it("are exactly these names", () => {
    expect(Object.keys(kimai).sort()).toEqual([...OWN, ...FROM_CORE].sort());
  });

  it("re-export core's objects themselves, not copies", () => {
    const exports: Record<string, unknown> = kimai;
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
    expect(Object.keys(kimai).filter((name) => name in coreInternal)).toEqual([]);
  });

  it("an error thrown through the client is an instance of the class from either package", async () => {
    const client = kimai.createKimaiClient({
      baseUrl: "https://kimai.test",
      auth: kimai.bearerToken("t0ken"),
      retry: false,
      fetch: async () => Response.json({ code: 404, message: "Not Found" }, { status: 404 }),
    });
    const error = await kimai.unwrap(client.GET("/api/customers/{id}", { params: { path: { id: 1 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(kimai.NotFoundError);
    expect(error).toBeInstanceOf(core.NotFoundError);
    expect(error).toMatchObject({ operationId: "getCustomer", status: 404 });
  });
});
