import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  bearerToken,
  ConflictError,
  ConnectionError,
  DecodeError,
  flattenValidationErrors,
  GoneError,
  InternalServerError,
  MAX_RAW_BODY_CHARS,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  Redactor,
  RequestTimeoutError,
  UnprocessableEntityError,
  unwrap,
} from "../src/index.js";
import { apiErrorOf, createApiClient } from "../src/internal.js";

const kimaiExample = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/kimai/${name}`, import.meta.url), "utf8")).example as unknown;

interface TestPaths {
  "/api/customers/{id}": {
    get: {
      parameters: { path: { id: number } };
      responses: {
        200: { content: { "application/json": { id: number } } };
        404: { content: { "application/json": { code: number; message: string } } };
      };
    };
  };
}

/** A client with the full runtime (no retries) over a fetch that answers every request with `answer()`. */
function testClient(answer: () => Response) {
  return createApiClient<TestPaths>({
    baseUrl: "https://kimai.test",
    operations: { "GET /api/customers/{id}": "getCustomer" },
    library: { name: "test", version: "0" },
    auth: bearerToken("t0ken"),
    retry: false,
    fetch: async () => answer(),
  });
}

function clientAnswering(status: number, body: string, contentType = "application/json") {
  return testClient(
    () => new Response(body, { status, statusText: status === 404 ? "Not Found" : "", headers: { "Content-Type": contentType } }),
  );
}

describe("ApiError", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [408, RequestTimeoutError],
    [409, ConflictError],
    [410, GoneError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
    [499, ApiError],
  ])("maps status %i to its class", (status, ErrorClass) => {
    const error = ApiError.from({ status, statusText: "", body: undefined, method: "GET", path: "/x", operationId: undefined });
    // The exact class: toBeInstanceOf(ApiError) would also accept a subclass of the wrong status.
    expect(error.constructor).toBe(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
  });

  it("unwrap returns data on success", async () => {
    const data = await unwrap(clientAnswering(200, '{"id": 7}').GET("/api/customers/{id}", { params: { path: { id: 7 } } }));
    expect(data).toEqual({ id: 7 });
  });

  it("unwrap throws a NotFoundError naming the operation and the API's message, not the URL", async () => {
    const client = clientAnswering(404, '{"code": 404, "message": "Not Found"}');
    const error = await unwrap(client.GET("/api/customers/{id}", { params: { path: { id: 7 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const apiError = error as NotFoundError;
    expect(apiError.operationId).toBe("getCustomer");
    expect(apiError.method).toBe("GET");
    expect(apiError.path).toBe("/api/customers/{id}");
    expect(apiError.body).toEqual({ code: 404, message: "Not Found" });
    expect(apiError.apiMessage).toBe("Not Found");
    expect(apiError.message).toBe("GET /api/customers/{id} (getCustomer) failed with 404 Not Found: Not Found");
    expect(apiError.message).not.toContain("kimai.test");
  });

  it("keeps a body that is not JSON as rawBody", async () => {
    const client = clientAnswering(502, "<html>Bad Gateway</html>", "text/html");
    const error = (await unwrap(client.GET("/api/customers/{id}", { params: { path: { id: 1 } } })).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBeUndefined();
    expect(error.rawBody).toBe("<html>Bad Gateway</html>");
  });

  it("reads mite's {error} message", () => {
    const error = ApiError.from({
      status: 422,
      statusText: "",
      body: { error: "Cannot delete" },
      method: "DELETE",
      path: "/customers/{id}",
      operationId: "deleteCustomer",
    });
    expect(error.apiMessage).toBe("Cannot delete");
    expect(error.message).toContain("Cannot delete");
  });
});

describe("flattenValidationErrors", () => {
  it("flattens Kimai's field errors (real body of kimai/kimai#2699)", () => {
    expect(flattenValidationErrors(kimaiExample("error-400-validation_field-errors_real-issue-2699.json"))).toEqual([
      { field: "", messages: ["This form should not contain extra fields."] },
      { field: "project", messages: ["This value is not valid."] },
      { field: "activity", messages: ["This value is not valid."] },
    ]);
  });

  it("keeps only form-level errors when every field is valid (kimai/kimai#5133)", () => {
    expect(flattenValidationErrors(kimaiExample("error-400-validation_extra-fields_real-issue-5133.json"))).toEqual([
      { field: "", messages: ["This form should not contain extra fields."] },
    ]);
  });

  it("joins nested field names with dots and ignores bodies without a tree", () => {
    const body = { code: "400", errors: { children: { address: { children: { city: { errors: ["Too long"] } } } } } };
    expect(flattenValidationErrors(body)).toEqual([{ field: "address.city", messages: ["Too long"] }]);
    expect(flattenValidationErrors({ code: 404, message: "Not Found" })).toEqual([]);
    expect(flattenValidationErrors("oops")).toEqual([]);
  });
});

describe("errors as values", () => {
  const redactor = new Redactor(["s3cret-value"]);
  const operation = { method: "GET", path: "/api/customers/{id}", operationId: "getCustomer" };

  it("name their class in the stack, and serialize every field with toJSON", () => {
    const error = ApiError.from({
      ...operation,
      status: 404,
      statusText: "Not Found",
      body: { code: 404, message: "Not Found" },
    });
    expect(error.stack?.split("\n")[0]).toBe(
      "NotFoundError: GET /api/customers/{id} (getCustomer) failed with 404 Not Found: Not Found",
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NotFoundError",
      message: "GET /api/customers/{id} (getCustomer) failed with 404 Not Found: Not Found",
      method: "GET",
      path: "/api/customers/{id}",
      operationId: "getCustomer",
      status: 404,
      statusText: "Not Found",
      body: { code: 404, message: "Not Found" },
    });
  });

  it("maps 408 to RequestTimeoutError", () => {
    expect(ApiError.from({ ...operation, status: 408, statusText: "", body: undefined })).toBeInstanceOf(RequestTimeoutError);
  });

  it("redact the message, the body, the raw body, the stack and the cause chain when they are built", () => {
    const cause = Object.assign(new TypeError("fetch failed: https://x.test/?api_key=s3cret-value"), {
      cause: new Error("inner s3cret-value"),
    });
    const errors = [
      ApiError.from({ ...operation, status: 401, statusText: "", body: { message: "bad key s3cret-value" }, redactor }),
      ApiError.from({ ...operation, status: 502, statusText: "", body: undefined, rawBody: "<p>s3cret-value</p>", redactor }),
      ConnectionError.fromFailure(cause, { operation, redactor }),
      new DecodeError("json", "bad s3cret-value", { operation, redactor, rawBody: "s3cret-value", cause }),
    ];
    for (const error of errors) {
      for (const text of [error.message, error.stack, JSON.stringify(error), inspect(error, { depth: 10 }), String(error)]) {
        expect(text).not.toContain("s3cret-value");
      }
    }
    const connectionCause = errors[2]?.cause as Error;
    expect(connectionCause.message).toBe("fetch failed: https://x.test/?api_key=[REDACTED]");
    expect((connectionCause.cause as Error).message).toBe("inner [REDACTED]");
  });

  it("mask a PunchclockError cause again with their own redactor, which may know more secrets", () => {
    // As the XML decoder makes its errors: without the client's redactor, so only shapes are masked.
    const inner = new DecodeError("xml", '<id type="integer"> holds "s3cret-value", not a number', {
      rawBody: "<id>s3cret-value</id>",
    });
    const outer = new DecodeError("xml", "unusable XML", { operation, redactor, cause: inner });
    expect(outer.cause).toBe(inner);
    for (const text of [JSON.stringify(outer), inspect(outer, { depth: 10 }), inner.stack ?? ""]) {
      expect(text).not.toContain("s3cret-value");
    }
    expect(inner.rawBody).toBe("<id>[REDACTED]</id>");
    // A frozen cause is left as it is: making the error does not fail.
    const frozen = Object.freeze(new DecodeError("xml", "holds s3cret-value"));
    expect(new DecodeError("xml", "unusable XML", { operation, redactor, cause: frozen }).cause).toBe(frozen);
  });

  it("keep at most 8 KiB of a raw body", () => {
    const error = new DecodeError("json", "bad", { rawBody: "x".repeat(100_000) });
    expect(error.rawBody?.length).toBeLessThan(MAX_RAW_BODY_CHARS + 50);
    expect(error.rawBody).toMatch(/\.\.\. \[91808 more characters\]$/);
  });

  it("cap the API's message in their own, redacted before the cut (a 20 MB message would be copied into message and stack)", () => {
    const secret = "tok3n-of-ann";
    const before = 3;
    const message = `${"m".repeat(MAX_RAW_BODY_CHARS - before)}${secret}${"m".repeat(1_000_000)}`;
    const redactor = new Redactor([secret]);
    const error = ApiError.from({
      status: 400,
      statusText: "",
      body: { code: 400, message },
      method: "GET",
      path: "/x",
      operationId: undefined,
      redactor,
    });
    expect(error.message.length).toBeLessThan(MAX_RAW_BODY_CHARS + 100);
    expect(error.message).toMatch(/m\[REDACTED\]\.\.\. \[1000009 more characters\]$/);
    expect(error.stack?.length).toBeLessThan(MAX_RAW_BODY_CHARS + 2000);
    expect(error.apiMessage).toHaveLength(message.length - secret.length + "[REDACTED]".length); // the body keeps it whole
  });

  it("carry the server's Retry-After on 429", async () => {
    const client = testClient(() => new Response("", { status: 429, headers: { "Retry-After": "7" } }));
    const error = await unwrap(client.GET("/api/customers/{id}", { params: { path: { id: 1 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
  });
});

describe("errors hold no secret a hostile server put where it was not expected", () => {
  const secret = "tok3n-of-ann";
  const redactor = new Redactor([secret]);
  const operation = { method: "GET", path: "/api/customers/{id}", operationId: "getCustomer" };
  const printed = (error: Error) => [error.message, error.stack ?? "", JSON.stringify(error), inspect(error, { depth: 20 })];

  it("redact the reason phrase (a 401 whose status line reads 'Invalid token <token>')", () => {
    const error = ApiError.from({ ...operation, status: 401, statusText: `Invalid token ${secret}`, body: undefined, redactor });
    expect(error.statusText).toBe("Invalid token [REDACTED]");
    for (const text of printed(error)) expect(text).not.toContain(secret);
  });

  it("redact a token echoed 120 levels deep in the body", () => {
    let body: unknown = { message: secret };
    for (let depth = 0; depth < 120; depth++) body = [body];
    const error = ApiError.from({ ...operation, status: 401, statusText: "", body, redactor });
    for (const text of printed(error)) expect(text).not.toContain(secret);
  });

  it("stay printable with a body nested 100,000 levels deep", () => {
    let body: unknown = [];
    for (let depth = 0; depth < 100_000; depth++) body = [body];
    const error = ApiError.from({ ...operation, status: 422, statusText: "", body, redactor });
    expect(() => JSON.stringify(error)).not.toThrow();
    expect(() => inspect(error, { depth: Number.POSITIVE_INFINITY })).not.toThrow();
  });

  it.each([1, 5, secret.length - 1])(
    "keep no part of a token that straddles the 8 KiB cut (%i characters before it)",
    (before) => {
      const rawBody = `${"x".repeat(MAX_RAW_BODY_CHARS - before)}${secret} tail`;
      const apiError = ApiError.from({ ...operation, status: 502, statusText: "", body: undefined, rawBody, redactor });
      const decodeError = new DecodeError("json", "bad", { operation, redactor, rawBody });
      for (const error of [apiError, decodeError]) {
        expect(error.rawBody).toBe(
          `${"x".repeat(MAX_RAW_BODY_CHARS - before)}[REDACTED]... [${secret.length - before + 5} more characters]`,
        );
      }
    },
  );

  it("keep no part of a token at the end of a raw body that is itself only the start of the body", () => {
    const rawBody = `<p>hello world ${secret.slice(0, 6)}`;
    const error = new DecodeError("json", "bad", { redactor, rawBody, rawBodyTruncated: true });
    // The last (longest secret - 1) characters could begin a secret, so they are left out.
    expect(error.rawBody).toBe(`${rawBody.slice(0, rawBody.length - (secret.length - 1))}... [cut]`);
    expect(error.rawBody).not.toContain(secret.slice(0, 2));
  });

  it("hand an error body nested deeper than 64 levels over as text, whatever its Content-Type", async () => {
    for (const contentType of ["application/json", "text/plain"]) {
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      const client = testClient(() => new Response(deep, { status: 422, headers: { "Content-Type": contentType } }));
      const result = await client.GET("/api/customers/{id}", { params: { path: { id: 1 } } });
      expect(result.error).toBe(deep);
      const error = apiErrorOf(result);
      expect(error.body).toBeUndefined();
      expect(error.rawBody?.startsWith("[[[[")).toBe(true);
      expect(() => JSON.stringify(error)).not.toThrow();
    }
  });

  it("leave error bodies of ordinary depth as parsed values", async () => {
    let nested: unknown = { message: "deep but fine" };
    for (let depth = 0; depth < 60; depth++) nested = { inner: nested };
    const client = testClient(() => Response.json(nested, { status: 400 }));
    expect((await client.GET("/api/customers/{id}", { params: { path: { id: 1 } } })).error).toEqual(nested);
  });
});
