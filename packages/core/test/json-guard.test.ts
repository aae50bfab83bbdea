// decodeJson's checks of the parsed value: its nesting, and numbers JSON.parse rounded.
import { describe, expect, it, vi } from "vitest";
import { DecodeError } from "../src/index.js";
import { decodeJson, untrackedContext } from "../src/internal.js";

const json = (text: string) => new TextEncoder().encode(text);
const response = new Response(null, { headers: { "Content-Type": "application/json" } });
const context = untrackedContext("GET", "https://kimai.test/api/x");

describe("decodeJson nesting", () => {
  it("accepts many brackets side by side (a long list is not deep)", () => {
    const list = JSON.stringify(Array.from({ length: 200 }, (_, id) => ({ id, tags: [] })));
    expect((decodeJson(json(list), response, context, 4).value as unknown[]).length).toBe(200);
  });

  it("refuses nesting past maxDepth, however few other brackets there are", () => {
    const deep = `${"[".repeat(5)}${"]".repeat(5)}`;
    expect(() => decodeJson(json(deep), response, context, 4)).toThrow(DecodeError);
    expect(decodeJson(json(`${"[".repeat(4)}${"]".repeat(4)}`), response, context, 4).value).toEqual([[[[]]]]);
  });

  it("finds depth around brackets inside strings, which are not depth themselves", () => {
    const deep = JSON.stringify({ a: { b: { c: { d: { e: "{[{[" } } } } });
    expect(() => decodeJson(json(deep), response, context, 4)).toThrow(DecodeError);
    expect(decodeJson(json(JSON.stringify({ a: "[[[[[[[[" })), response, context, 4).value).toEqual({ a: "[[[[[[[[" });
  });

  it("finds deep nesting in a large body, and lets a large flat one through", () => {
    const padding = "x".repeat(40_000);
    const deep = JSON.stringify([[[[[padding]]]]]);
    expect(() => decodeJson(json(deep), response, context, 4)).toThrow(DecodeError);
    const deepObjects = JSON.stringify({ a: { b: { c: { d: { e: padding } } } } });
    expect(() => decodeJson(json(deepObjects), response, context, 4)).toThrow(DecodeError);
    expect((decodeJson(json(JSON.stringify({ a: { b: padding } })), response, context, 4).value as { a: object }).a).toEqual({
      b: padding,
    });
  });
});

describe("decodeJson numbers", () => {
  const MAX = Number.MAX_SAFE_INTEGER;

  it("refuses a number JSON.parse rounded or made Infinity, wherever it is, quoting it as sent", () => {
    for (const [text, quoted] of [
      ["9007199254740993", "the number 9007199254740993,"],
      ['{"id": 9007199254740993}', "the number 9007199254740993,"],
      ['[{"id": 1, "rate": 1e300}, {"id": -9007199254740993}]', "the number -9007199254740993,"],
      ['{"a": {"b": [1, "2 \\" 3", 1e999]}}', "the number 1e999,"],
      ['{"budget": -1.5E+400}', "the number -1.5E+400,"],
      [`{"id": ${"9".repeat(41)}}`, "a number of 41 characters,"],
    ] as const) {
      expect(() => decodeJson(json(text), response, context), text).toThrow(
        `returned ${quoted} which a JavaScript number cannot`,
      );
    }
  });

  it("accepts the safe integers at both ends, fractions, large floats and long digit runs in strings", () => {
    const text = JSON.stringify({ max: MAX, min: -MAX, rate: 0.16666666666666666, tiny: 5e-324, id: "90071992547409931234" });
    expect(decodeJson(json(text), response, context).value).toEqual(JSON.parse(text));
    // A float past 2^53 is kept as sent (as the XML decoder keeps one); only an integer there was rounded.
    for (const text of ['{"rate": 1e300, "big": -12345678901234567.5}', '[1.0e+16, {"s": "9007199254740993"}]']) {
      expect(decodeJson(json(text), response, context).value, text).toEqual(JSON.parse(text));
    }
  });

  it("still checks the depth of a body whose large floats were kept", () => {
    expect(() => decodeJson(json(`[1e300, ${"[".repeat(5)}${"]".repeat(5)}]`), response, context, 4)).toThrow(
      "nested deeper than 4 levels",
    );
  });

  it("scans a body of a million escapes in its strings without overflowing the stack", () => {
    const text = `{"note": ${JSON.stringify('\\"'.repeat(1_000_000))}, "id": 9007199254740993}`;
    expect(() => decodeJson(json(text), response, context)).toThrow("the number 9007199254740993,");
  });
});

describe("decodeJson charsets", () => {
  const typed = (contentType: string) => new Response(null, { headers: { "Content-Type": contentType } });
  const body = json('{"name": "Müller"}');

  it("refuses a Content-Type that names two different charsets", () => {
    const error = (() => {
      try {
        return decodeJson(body, typed('application/json; charset="latin1"; charset=utf-8'), context);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DecodeError);
    expect(((error as DecodeError).cause as Error).message).toBe('The Content-Type names two charsets, "latin1" and "utf-8"');
  });

  it("takes one charset named twice, in any case, quoting or label, and a Content-Type sent twice", () => {
    for (const contentType of [
      'application/json; charset=UTF-8; charset="utf-8"',
      'application/json;charset="utf-8"',
      "application/json; charset=utf-8; charset=utf8", // two labels of one encoding
      "application/json; charset=utf-8, application/json; charset=utf-8", // a Content-Type sent twice, joined
      "application/json, application/json", // twice, without a charset
      "application/json; charset=utf-8, application/json",
      'application/json; profile="a, text/html", application/json', // a comma inside a quoted parameter
    ]) {
      expect(decodeJson(body, typed(contentType), context).value, contentType).toEqual({ name: "Müller" });
    }
  });

  it("refuses a Content-Type sent twice with two different media types (fetch's own rule takes the last)", () => {
    for (const contentType of ["application/json; charset=utf-8, text/html", "application/json, application/xml"]) {
      expect(() => decodeJson(body, typed(contentType), context), contentType).toThrow(DecodeError);
    }
  });
});

describe("decodeJson of malformed JSON", () => {
  it.each([
    ["V8's", 'Unexpected token \'t\', ..."{"token": tok3n-of-"... is not valid JSON', "Unexpected token 't'"],
    ["JavaScriptCore's", 'JSON Parse error: Unexpected identifier "tok3n"', "not valid JSON"],
  ])("quotes no excerpt of the text from the engine's message (%s), which may end inside a token", (_, engine, said) => {
    const parse = vi.spyOn(JSON, "parse").mockImplementationOnce(() => {
      throw new SyntaxError(engine);
    });
    try {
      let error: unknown;
      try {
        decodeJson(json('{"token": tok3n-of-ann}'), response, context);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(DecodeError);
      const { message, cause } = error as DecodeError;
      expect(message).toBe(`GET /api/x returned malformed JSON: ${said}`);
      expect((cause as Error).message).toBe(said);
      expect(`${message} ${(cause as Error).stack}`).not.toContain("tok3n");
    } finally {
      parse.mockRestore();
    }
  });
});

describe("decodeJson's DecodeError", () => {
  it("keeps the start of the body as text in the body's charset (a latin1 body is not read as UTF-8)", () => {
    const latin1 = new Response(null, { headers: { "Content-Type": "application/json; charset=iso-8859-1" } });
    const bytes = new Uint8Array(Buffer.from('{"name": "M\u00fcller", oops}', "latin1"));
    let error: unknown;
    try {
      decodeJson(bytes, latin1, context);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).rawBody).toBe('{"name": "M\u00fcller", oops}');
  });
});
