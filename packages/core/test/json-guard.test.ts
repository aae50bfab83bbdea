// decodeJson's checks of the parsed value: its nesting, and numbers JSON.parse rounded.
import { describe, expect, it } from "vitest";
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

  it("counts brackets inside strings too, so they never hide depth", () => {
    const deep = JSON.stringify({ a: { b: { c: { d: { e: "{[{[" } } } } });
    expect(() => decodeJson(json(deep), response, context, 4)).toThrow(DecodeError);
    expect(decodeJson(json(JSON.stringify({ a: "[[[[[[[[" })), response, context, 4).value).toEqual({ a: "[[[[[[[[" });
  });

  it("finds deep nesting in a large body (counted first, then walked), and lets a large flat one through", () => {
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

  it("refuses a number JSON.parse rounded or made Infinity, wherever it is", () => {
    for (const text of [
      "9007199254740993",
      '{"id": 9007199254740993}',
      '[{"id": 1}, {"id": -9007199254740993}]',
      '{"a": {"b": [1, 2, 1e999]}}',
      '{"budget": -1e999}',
      '{"big": 1e300}',
    ]) {
      expect(() => decodeJson(json(text), response, context), text).toThrow(/past the integers a JavaScript number holds/);
    }
  });

  it("accepts the safe integers at both ends, fractions and long digit runs in strings", () => {
    const text = JSON.stringify({ max: MAX, min: -MAX, rate: 0.16666666666666666, tiny: 5e-324, id: "90071992547409931234" });
    expect(decodeJson(json(text), response, context).value).toEqual(JSON.parse(text));
  });
});
