// Two copies of @punchclock/core in one process: a client's own dependency and the caller's (two versions,
// or an ESM and a CommonJS build). Errors made by one must be recognised by the other's classes, and
// `unwrap()` from one must know the operation and secrets of a response tagged by the other.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as first from "../src/index.js";

let second: typeof first;
let secondInternal: typeof import("../src/internal.js");

beforeAll(async () => {
  vi.resetModules();
  second = await import("../src/index.js");
  secondInternal = await import("../src/internal.js");
});

describe("two copies of @punchclock/core", () => {
  it("are really two copies", () => {
    expect(second.NotFoundError).not.toBe(first.NotFoundError);
    expect(second.Redactor).not.toBe(first.Redactor);
  });

  it("recognise each other's errors with instanceof, class by class", () => {
    const error = second.ApiError.from({
      status: 404,
      statusText: "",
      body: undefined,
      method: "GET",
      path: "/x",
      operationId: undefined,
    });
    for (const ErrorClass of [first.NotFoundError, first.ApiError, first.PunchclockError])
      expect(error).toBeInstanceOf(ErrorClass);
    expect(error instanceof first.ConflictError).toBe(false);
    expect(error instanceof first.ConnectionError).toBe(false);
    expect(new first.TimeoutError("t") instanceof second.ConnectionError).toBe(true);
    expect(new first.InvalidParameterError("p", { parameter: "id" }) instanceof second.PunchclockError).toBe(true);
    expect(new Error("plain") instanceof first.PunchclockError).toBe(false);
    expect({ name: "NotFoundError" } instanceof first.NotFoundError).toBe(false);
    expect((null as unknown) instanceof first.PunchclockError).toBe(false);
  });

  it("leave instanceof of your own subclasses as it was", () => {
    class SyncFailed extends first.ApiError {}
    const own = new SyncFailed({
      status: 500,
      statusText: "",
      body: undefined,
      method: "GET",
      path: "/x",
      operationId: undefined,
    });
    const theirs = second.ApiError.from({
      status: 500,
      statusText: "",
      body: undefined,
      method: "GET",
      path: "/x",
      operationId: undefined,
    });
    expect(own).toBeInstanceOf(second.ApiError);
    expect(own).toBeInstanceOf(SyncFailed);
    expect(theirs instanceof SyncFailed).toBe(false);
  });

  it("share what the runtime knows about a request: unwrap() from one copy redacts what the other's client knows", async () => {
    const secret = "plain-s3cret-value";
    const client = secondInternal.createApiClient<{
      "/api/customers/{id}": {
        get: { parameters: { path: { id: number } }; responses: { 401: { content: { "application/json": object } } } };
      };
    }>({
      baseUrl: "https://kimai.test",
      operations: { "GET /api/customers/{id}": "getCustomer" },
      library: { name: "test", version: "0" },
      auth: second.bearerToken(secret),
      retry: false,
      fetch: async () => Response.json({ code: 401, message: `token ${secret} rejected` }, { status: 401 }),
    });
    const error = await first.unwrap(client.GET("/api/customers/{id}", { params: { path: { id: 1 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(first.AuthenticationError);
    expect(error).toMatchObject({ operationId: "getCustomer", path: "/api/customers/{id}" });
    expect(JSON.stringify(error)).not.toContain(secret);
    expect((error as first.AuthenticationError).apiMessage).toBe("token [REDACTED] rejected");
  });
});
