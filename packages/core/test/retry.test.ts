import { describe, expect, it } from "vitest";
import { mayRetryMethod, parseRetryAfter, retryDelay, retryPolicy } from "../src/index.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-23T12:00:00Z");

  it.each([
    ["120", 120_000],
    ["0", 0],
    [" 5 ", 5000],
    ["1.5", 1500],
    ["Mon, 23 Nov 2026 12:00:30 GMT", 30_000],
    ["Sun, 22 Nov 2026 12:00:00 GMT", 0],
  ])("reads %j as %i ms", (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });

  it.each([null, undefined, "", "-5", "soon", "1e3", "12abc", "Someday, 99 Foo 20xx"])("ignores %j", (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});

describe("retryDelay", () => {
  const policy = retryPolicy({ initialDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 });

  it("doubles from the initial delay up to the maximum, taking off up to 25% jitter", () => {
    expect([1, 2, 3, 4, 5].map((retry) => retryDelay(policy, retry, undefined, () => 0))).toEqual([100, 200, 400, 800, 1000]);
    expect([1, 2, 3, 4, 5].map((retry) => retryDelay(policy, retry, undefined, () => 1))).toEqual([75, 150, 300, 600, 750]);
  });

  it("follows Retry-After, capped at maxRetryAfterMs", () => {
    expect(retryDelay(policy, 1, 2000)).toBe(2000);
    expect(retryDelay(policy, 1, 999_999_000)).toBe(5000);
    expect(retryDelay(policy, 3, 0)).toBe(0);
  });
});

describe("retryPolicy", () => {
  it("fills in the defaults", () => {
    expect(retryPolicy(undefined)).toEqual({
      maxRetries: 2,
      initialDelayMs: 500,
      maxDelayMs: 8000,
      maxRetryAfterMs: 60_000,
      statuses: [408, 429, 502, 503, 504],
      retryNonIdempotent: false,
    });
    expect(retryPolicy({ maxRetries: undefined }).maxRetries).toBe(2);
  });

  it("turns retrying off for false", () => {
    expect(retryPolicy(false).maxRetries).toBe(0);
  });

  it.each([{ maxRetries: -1 }, { initialDelayMs: Number.NaN }, { maxDelayMs: -0.5 }])("refuses %j", (options) => {
    expect(() => retryPolicy(options)).toThrow(RangeError);
  });

  it("retries only idempotent methods unless told otherwise", () => {
    const policy = retryPolicy({});
    expect(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"].filter((method) => mayRetryMethod(policy, method))).toHaveLength(5);
    expect(["POST", "PATCH"].filter((method) => mayRetryMethod(policy, method))).toEqual([]);
    expect(mayRetryMethod(retryPolicy({ retryNonIdempotent: true }), "POST")).toBe(true);
  });
});
