import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_TIMER_MS, mayRetryMethod, parseRetryAfter, retryDelay, retryPolicy, setLongTimeout } from "../src/internal.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-23T12:00:00Z");

  it.each([
    ["120", 120_000],
    ["0", 0],
    [" 5 ", 5000],
    ["1.5", 1500],
    ["Mon, 23 Nov 2026 12:00:30 GMT", 30_000],
    ["Sun, 22 Nov 2026 12:00:00 GMT", 0],
    ["Tue, 29 Feb 2028 12:00:00 GMT", Date.parse("2028-02-29T12:00:00Z") - now],
  ])("reads %j as %i ms", (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });

  it.each([null, undefined, "", "-5", "soon", "1e3", "12abc", "Someday, 99 Foo 20xx"])("ignores %j", (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });

  // Date.parse reads these as dates: `Wed, 99` as 1999 (a retry at once), `Mon, 2099` as a wait of 72 years.
  it.each([
    "Wed, 99",
    "Sun, 1",
    "Thu, 1 2 3",
    "Mon, 2099",
    "Fri, 31 Feb 2099 00:00:00 GMT",
    "Mon, 29 Feb 2027 00:00:00 GMT",
    "Mon, 23 Nov 2026 24:00:00 GMT",
    "Mon, 23 Nov 2026 12:00:30 UTC",
    "Mon, 23 Nov 2026 12:00:30 +0000",
    "Mon, 23 Foo 2026 12:00:30 GMT",
    "Mon, 00 Nov 2026 12:00:30 GMT",
    "2026-11-23T12:00:30Z",
    "Mon, 23 Nov 2026 12:00:30",
    "mon, 23 nov 2026 12:00:30 GMT",
    "Tue, 23 Nov 2026 12:00:30 GMT", // the wrong weekday
    // RFC 9110's two obsolete forms, which no server of Kimai's or mite's sends: backoff instead.
    "Monday, 23-Nov-26 12:01:00 GMT",
    "Mon Nov 23 12:00:10 2026",
  ])("ignores a value that is no HTTP-date: %j", (header) => {
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

  it.each([
    { maxRetries: -1 },
    { maxRetries: 1.5 },
    { maxRetries: Number.POSITIVE_INFINITY },
    { initialDelayMs: Number.NaN },
    { maxDelayMs: -0.5 },
    { maxRetryAfterMs: "60000" },
    { statuses: [503, 600] },
    { statuses: "503" },
    { retryNonIdempotent: "yes" },
  ])("refuses %o", (options) => {
    expect(() => retryPolicy(options as never)).toThrow(RangeError);
  });

  it("accepts Infinity for the delays: a server's Retry-After is then never shortened", () => {
    const policy = retryPolicy({ maxRetryAfterMs: Number.POSITIVE_INFINITY, maxDelayMs: Number.POSITIVE_INFINITY });
    expect(retryDelay(policy, 1, 30 * 24 * 3600 * 1000)).toBe(30 * 24 * 3600 * 1000);
  });

  it("retries only idempotent methods unless told otherwise", () => {
    const policy = retryPolicy({});
    expect(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"].filter((method) => mayRetryMethod(policy, method))).toHaveLength(5);
    expect(["POST", "PATCH"].filter((method) => mayRetryMethod(policy, method))).toEqual([]);
    expect(mayRetryMethod(retryPolicy({ retryNonIdempotent: true }), "POST")).toBe(true);
  });
});

describe("setLongTimeout", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs a callback after more than 2^31-1 ms at the right time, not after 1 ms as a Node timer would", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const callback = vi.fn();
    setLongTimeout(callback, 3e9);
    vi.advanceTimersByTime(MAX_TIMER_MS);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3e9 - MAX_TIMER_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledOnce();
  });

  it("can be cancelled, also after its first timer, and never runs for Infinity", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const callback = vi.fn();
    const cancel = setLongTimeout(callback, 5e9);
    vi.advanceTimersByTime(MAX_TIMER_MS + 10);
    cancel();
    setLongTimeout(callback, Number.POSITIVE_INFINITY);
    vi.advanceTimersByTime(1e10);
    expect(callback).not.toHaveBeenCalled();
    setLongTimeout(callback, 20);
    vi.advanceTimersByTime(20);
    expect(callback).toHaveBeenCalledOnce();
  });
});
