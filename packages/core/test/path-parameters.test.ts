import { describe, expect, it } from "vitest";
import { bearerToken, InvalidParameterError, PunchclockError } from "../src/index.js";
import { createApiClient, pathParameterProblem } from "../src/internal.js";

interface TestPaths {
  "/api/customers/{id}/rates/{rateId}": {
    delete: { parameters: { path: { id: number; rateId: number } }; responses: { 204: { content?: never } } };
  };
  "/api/customers/{id}": {
    get: { parameters: { path: { id: number } }; responses: { 200: { content: { "application/json": object } } } };
  };
}

/** A client with the full runtime over a fetch that records what reaches it. */
function client() {
  const sent: string[] = [];
  const api = createApiClient<TestPaths>({
    baseUrl: "https://kimai.test",
    operations: { "DELETE /api/customers/{id}/rates/{rateId}": "deleteCustomerRate", "GET /api/customers/{id}": "getCustomer" },
    operationsWithoutBody: ["deleteCustomerRate"],
    library: { name: "test", version: "0" },
    auth: bearerToken("t0ken-value"),
    fetch: async (request) => {
      sent.push(`${request.method} ${new URL(request.url).pathname}`);
      // What each operation answers: the delete nothing, the read a customer.
      return request.method === "DELETE" ? new Response(null, { status: 204 }) : Response.json({ id: 1 });
    },
  });
  return { api, sent };
}

describe("pathParameterProblem", () => {
  it.each([
    [7, undefined],
    [0, undefined],
    [-1, undefined],
    [7n, undefined],
    ["ann", undefined],
    ["50%", undefined],
    ["a.b", undefined],
    ["...", undefined],
    ["%zz", undefined],
    ["h\u00e9llo w\u00f6rld", undefined],
  ])("accepts %s", (value, expected) => {
    expect(pathParameterProblem(value)).toBe(expected);
  });

  it.each([
    ["..", /is "\.\.", a dot segment/],
    [".", /is "\.", a dot segment/],
    ["%2e%2e", /when percent-decoded "\.\.", a dot segment/],
    [".%2E", /when percent-decoded "\.\.", a dot segment/],
    ["%252e%252e", /when percent-decoded "\.\.", a dot segment/],
    ["", /is empty/],
    ["7/../..", /contains "\/"/],
    ["7%2f..", /contains when percent-decoded "\/"/],
    ["7\\..", /contains "\\"/],
    ["7?x=1", /contains "\?"/],
    ["7#x", /contains "#"/],
    ["7\n", /control character/],
    ["7%00", /control character/],
    [Number.NaN, /not a finite number \(NaN\)/],
    [Number.POSITIVE_INFINITY, /not a finite number \(Infinity\)/],
    [undefined, /is missing/],
    [null, /is missing/],
    [{ id: 7 }, /is a object, not a string or a number/],
    [[7], /is an array/],
  ])("refuses %o", (value, problem) => {
    expect(pathParameterProblem(value)).toMatch(problem);
  });
});

describe("the path parameter guard of every client runtime", () => {
  it("refuses DELETE /api/customers/7/rates/.. (which URL parsing turns into a delete of customer 7) before sending", async () => {
    const { api, sent } = client();
    const error = await api
      .DELETE("/api/customers/{id}/rates/{rateId}", { params: { path: { id: 7, rateId: ".." as unknown as number } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toBeInstanceOf(PunchclockError);
    expect(error).toMatchObject({
      parameter: "rateId",
      location: "path",
      method: "DELETE",
      path: "/api/customers/{id}/rates/{rateId}",
      operationId: "deleteCustomerRate",
    });
    expect((error as Error).message).toBe(
      'DELETE /api/customers/{id}/rates/{rateId} (deleteCustomerRate): path parameter "rateId" is "..", a dot segment, which would send the request to another path; the request was not sent',
    );
    expect(sent).toEqual([]);
  });

  it("never repeats the value in the error", async () => {
    const { api } = client();
    const value = "t0ken-value/../x";
    const error = await api.GET("/api/customers/{id}", { params: { path: { id: value as unknown as number } } }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(JSON.stringify(error)).not.toContain("t0ken");
    expect((error as Error).message).toContain('contains "/"');
  });

  it("refuses a missing path parameter instead of sending the template's braces", async () => {
    const { api, sent } = client();
    const error = await api.GET("/api/customers/{id}", { params: { path: {} as { id: number } } }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(sent).toEqual([]);
  });

  it("refuses a path built by concatenation that holds a dot segment", async () => {
    const { api, sent } = client();
    const get = api.GET as unknown as (path: string) => Promise<unknown>;
    const error = await get("/api/customers/7/..").catch((e) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as InvalidParameterError).parameter).toBe("");
    // The template's checks are worked out once per operation: a second call is refused the same way.
    expect(await get("/api/customers/7/..").catch((e) => e)).toBeInstanceOf(InvalidParameterError);
    expect(sent).toEqual([]);
  });

  it("checks each call's own values against an operation it has seen before", async () => {
    const { api, sent } = client();
    await api.GET("/api/customers/{id}", { params: { path: { id: 1 } } });
    const error = await api.GET("/api/customers/{id}", { params: { path: { id: ".." as unknown as number } } }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(sent).toEqual(["GET /api/customers/1"]);
  });

  it("lets good values through, encoded", async () => {
    const { api, sent } = client();
    await api.DELETE("/api/customers/{id}/rates/{rateId}", { params: { path: { id: 7, rateId: 12 } } });
    await api.GET("/api/customers/{id}", { params: { path: { id: "a b" as unknown as number } } });
    expect(sent).toEqual(["DELETE /api/customers/7/rates/12", "GET /api/customers/a%20b"]);
  });
});
