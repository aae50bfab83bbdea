import { describe, expect, it } from "vitest";
import { Redactor, TOO_DEEP } from "../src/index.js";
import { patternRedactor } from "../src/internal.js";

describe("Redactor", () => {
  it("masks every occurrence of every secret, in its wire forms", () => {
    const redactor = new Redactor(['k3y+/=&"x']);
    const text = `raw k3y+/=&"x, url k3y%2B%2F%3D%26%22x, json "k3y+/=&\\"x", xml k3y+/=&amp;&quot;x, form k3y%2B%2F%3D%26%22x`;
    expect(redactor.marker).toBe("***");
    expect(redactor.redact(text)).toBe(`raw ***, url ***, json "***", xml ***, form ***`);
  });

  it("masks a secret as PHP's json_encode writes it (Kimai): slashes and non-ASCII escaped, and with JSON_HEX_*", () => {
    const redactor = new Redactor(["hunter2/Pa&ss<w\u00f6rd>'"]);
    const phpDefault = String.raw`{"message":"hunter2\/Pa&ss<w\u00f6rd>'"}`;
    const symfony = String.raw`{"message":"hunter2\/Pa\u0026ss\u003Cw\u00f6rd\u003E\u0027"}`;
    expect(JSON.parse(phpDefault).message).toBe("hunter2/Pa&ss<w\u00f6rd>'");
    expect(JSON.parse(symfony).message).toBe("hunter2/Pa&ss<w\u00f6rd>'");
    expect(redactor.redact(phpDefault)).toBe(`{"message":"${redactor.marker}"}`);
    expect(redactor.redact(symfony)).toBe(`{"message":"${redactor.marker}"}`);
    // Rails (mite): < > & in lower-case \u escapes, "/" and non-ASCII as they are.
    const rails = '{"error":"hunter2/Pa\\u0026ss\\u003cw\u00f6rd\\u003e\'"}';
    expect(JSON.parse(rails).error).toBe("hunter2/Pa&ss<w\u00f6rd>'");
    expect(redactor.redact(rails)).toBe(`{"error":"${redactor.marker}"}`);
  });

  it("masks a number that shows a secret: a numeric password echoed as a JSON number, also rounded by JSON.parse", () => {
    const redactor = new Redactor(["73915604", "9123456789012345678"]);
    const body = JSON.parse('{"password": 73915604, "pin": [9123456789012345678], "id": 42, "note": "73915604"}');
    expect(String(body.pin[0])).toBe("9123456789012346000"); // rounded: no longer shows the secret's digits
    expect(redactor.redactValue(body)).toEqual({
      password: redactor.marker,
      pin: [redactor.marker],
      id: 42,
      note: redactor.marker,
    });
    // A secret with a leading zero is no JSON number: 401 stays a status code, not "0401" masked.
    expect(new Redactor(["0401"]).redactValue({ code: 401, message: "0401" })).toEqual({ code: 401, message: "[REDACTED]" });
  });

  it("masks a secret lowercased, as URL parsing leaves one echoed into a host", () => {
    const redactor = new Redactor(["T0ken-SECRET"]);
    const host = new URL("https://T0ken-SECRET.evil.example/").origin;
    expect(host).toBe("https://t0ken-secret.evil.example");
    expect(redactor.redact(`redirected to another origin (${host})`)).toBe(
      `redirected to another origin (https://${redactor.marker}.evil.example)`,
    );
  });

  it("picks a marker that shares no character with any secret, so no secret can re-form around it", () => {
    const redactor = new Redactor(["[REDACTED]-ish"]);
    expect(redactor.marker).toBe("***");
    expect(redactor.redact("a [REDACTED]-ish b")).toBe("a *** b");
    expect(new Redactor(["[R*#\u2588"]).marker).toBe("\u2580\u2580\u2580");
  });

  it("masks credentials by shape even without knowing them", () => {
    expect(patternRedactor.redact("GET /customers.json?api_key=abc123&page=2")).toBe(
      "GET /customers.json?api_key=[REDACTED]&page=2",
    );
    expect(patternRedactor.redact("Authorization: Bearer eyJhbGci.x-y_z")).toBe("Authorization: Bearer [REDACTED]");
    expect(patternRedactor.redact("Basic YW5uOnB3")).toBe("Basic [REDACTED]");
    expect(patternRedactor.redact('{"X-AUTH-TOKEN": "hunter2"}')).toBe('{"X-AUTH-TOKEN": "[REDACTED]"}');
    expect(patternRedactor.redact("X-MiteApiKey: 0123456789abcdef")).toBe("X-MiteApiKey: [REDACTED]");
  });

  it("redacts URLs: api_key values and URL passwords", () => {
    const redactor = new Redactor(["s3cret"]);
    expect(redactor.redactUrl("https://acme.mite.de/customers.json?api_key=s3cret&name=x")).toBe(
      "https://acme.mite.de/customers.json?api_key=[REDACTED]&name=x",
    );
    expect(redactor.redactUrl("https://ann:pw@kimai.test/api")).not.toContain("pw");
  });

  it("redacts headers: credential headers entirely, others where they hold a secret", () => {
    const redactor = new Redactor(["s3cret"]);
    const headers = new Headers({ Authorization: "Bearer whatever", "X-Trace": "id s3cret", Accept: "application/json" });
    expect(redactor.redactHeaders(headers)).toEqual({
      accept: "application/json",
      authorization: "[REDACTED]",
      "x-trace": "id [REDACTED]",
    });
  });

  it("copies values deeply, keys included, without touching the prototype", () => {
    const redactor = new Redactor(["s3cret"]);
    const value = JSON.parse('{"s3cret": ["a s3cret", {"n": 1}], "__proto__": {"x": "s3cret"}}');
    const copy = redactor.redactValue(value);
    expect(copy).toEqual({ "[REDACTED]": ["a [REDACTED]", { n: 1 }], ["__proto__"]: { x: "[REDACTED]" } });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(value.s3cret[0]).toBe("a s3cret");
  });

  it("never returns a value unredacted because it is deep: what is deeper than 100 levels is replaced", () => {
    const redactor = new Redactor(["s3cret"]);
    let value: unknown = { token: "s3cret" };
    for (let depth = 0; depth < 120; depth++) value = { inner: value };
    const copy = redactor.redactValue(value);
    expect(JSON.stringify(copy)).not.toContain("s3cret");
    let node: unknown = copy;
    for (let depth = 0; depth < 100; depth++) node = (node as { inner: unknown }).inner;
    expect(node).toBe(TOO_DEEP);
    const cyclic: Record<string, unknown> = { token: "s3cret" };
    cyclic.self = cyclic;
    expect(JSON.stringify(redactor.redactValue(cyclic))).not.toContain("s3cret");
  });

  it("cuts excerpts after redacting, so a secret across the cut leaves nothing behind", () => {
    const redactor = new Redactor(["abcdef"]);
    expect(redactor.redactExcerpt("0123abcdef89", 6)).toEqual({ excerpt: "0123[REDACTED]", omitted: 6 });
    expect(redactor.redactExcerpt("0123abcdef89", 4)).toEqual({ excerpt: "0123", omitted: 8 });
    expect(redactor.redactExcerpt("0123abcdef89", 100)).toEqual({ excerpt: "0123[REDACTED]89", omitted: 0 });
    expect(redactor.redactExcerpt("Bearer xyz", 9)).toEqual({ excerpt: "Bearer [REDACTED]", omitted: 1 });
    // Only the start of a longer text: a secret may begin in its last characters.
    expect(redactor.redactExcerpt("0123abc", 100, false)).toEqual({ excerpt: "01", omitted: 5 });
    expect(redactor.redactExcerpt("0123abc", 100, true)).toEqual({ excerpt: "0123abc", omitted: 0 });
  });
});
