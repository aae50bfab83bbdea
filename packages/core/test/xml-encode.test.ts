import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeRailsXml, encodeRailsXml } from "../src/xml.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/mite-docs/${name}`, import.meta.url), "utf8");

/** Whitespace between elements and the `type` attributes the docs leave out do not change what Rails reads. */
function canonical(xml: string): string {
  return xml
    .replace(/<\?xml[^?]*\?>/, "")
    .replace(/\s+type="(integer|boolean|float)"/g, "")
    .replace(/>\s+</g, "><")
    .trim();
}

describe("encodeRailsXml against mite's request examples", () => {
  it("writes the create example exactly", () => {
    expect(encodeRailsXml({ customer: { name: "Big Inc." } }, { declaration: false })).toBe(
      "<customer><name>Big Inc.</name></customer>",
    );
  });

  it("writes the legacy create examples", () => {
    expect(canonical(encodeRailsXml({ service: { name: "Service XY", billable: false } }))).toBe(
      canonical(fixture("service-create.request.legacy-doc.xml")),
    );
    expect(encodeRailsXml({ customer: { name: "Customer XY", note: "Brand new!" } }, { declaration: false })).toBe(
      "<customer><name>Customer XY</name><note>Brand new!</note></customer>",
    );
  });

  it("types non-strings like Rails' to_xml, so the server never guesses", () => {
    const xml = encodeRailsXml(
      { customer: { archived: true, hourly_rate: 12000, update_hourly_rate_on_time_entries: true } },
      { declaration: false },
    );
    expect(xml).toBe(
      '<customer><archived type="boolean">true</archived><hourly-rate type="integer">12000</hourly-rate>' +
        '<update-hourly-rate-on-time-entries type="boolean">true</update-hourly-rate-on-time-entries></customer>',
    );
    // The docs' own edit example, minus their typo (12000 where `true` belongs):
    expect(canonical(xml)).toBe(
      "<customer><archived>true</archived><hourly-rate>12000</hourly-rate>" +
        "<update-hourly-rate-on-time-entries>true</update-hourly-rate-on-time-entries></customer>",
    );
  });

  it("writes null as nil, arrays with item names, and leaves undefined out", () => {
    const xml = encodeRailsXml(
      {
        customer: {
          hourly_rate: null,
          note: undefined,
          hourly_rates_per_service: [{ service_id: 1, hourly_rate: 4500 }],
          tags: [],
        },
      },
      { declaration: false, arrayItemNames: { hourly_rates_per_service: "hourly_rate_per_service" } },
    );
    expect(xml).toBe(
      '<customer><hourly-rate nil="true"/><hourly-rates-per-service type="array"><hourly-rate-per-service>' +
        '<service-id type="integer">1</service-id><hourly-rate type="integer">4500</hourly-rate>' +
        '</hourly-rate-per-service></hourly-rates-per-service><tags type="array"></tags></customer>',
    );
  });

  it("writes a list under its plural root", () => {
    expect(encodeRailsXml([{ time_entry: { id: 1 } }, { time_entry: { id: 2 } }], { declaration: false })).toBe(
      '<time-entries type="array"><time-entry><id type="integer">1</id></time-entry>' +
        '<time-entry><id type="integer">2</id></time-entry></time-entries>',
    );
  });

  it('types an empty string, which Rails would read as null from an empty element (clearing a note sends "")', () => {
    expect(encodeRailsXml({ time_entry: { note: "", minutes: 5 } }, { declaration: false })).toBe(
      '<time-entry><note type="string"></note><minutes type="integer">5</minutes></time-entry>',
    );
    expect(decodeRailsXml('<time-entry><note type="string"></note></time-entry>')).toEqual({ time_entry: { note: "" } });
  });

  it("escapes markup and carriage returns so the text survives a round trip", () => {
    const value = { customer: { name: `A & B <"C"> ]]> 'D'\r\n\ttab`, note: "" } };
    const xml = encodeRailsXml(value);
    expect(xml).not.toContain('<"C">');
    expect(decodeRailsXml(xml)).toEqual(value);
  });

  it.each([
    ["no single root", { a: 1, b: 2 }],
    ["a bare string", "text"],
    ["NaN", { p: { n: Number.NaN } }],
    ["Infinity", { p: { n: Number.POSITIVE_INFINITY } }],
    ["a control character", { p: { s: "bell\u0007" } }],
    ["a lone surrogate", { p: { s: "\ud800" } }],
    ["a key that is no element name", { p: { "a b": 1 } }],
    ["an empty list", []],
    ["a Map (no own keys: an empty element otherwise)", { p: { m: new Map([["a", 1]]) } }],
    ["a Set", { p: { s: new Set([1]) } }],
  ])("refuses %s with a TypeError", (_, value) => {
    expect(() => encodeRailsXml(value as never)).toThrow(TypeError);
  });

  it("sends what JSON.stringify would for a value with toJSON (a Date as its ISO string)", () => {
    const at = new Date("2024-06-03T07:00:00Z");
    const money = { toJSON: () => 4250 };
    const xml = encodeRailsXml({ time_entry: { note: "x", at, revenue: money } } as never);
    expect(decodeRailsXml(xml)).toEqual({ time_entry: { note: "x", at: at.toJSON(), revenue: 4250 } });
    expect(JSON.parse(JSON.stringify({ at, revenue: money }))).toEqual({ at: at.toJSON(), revenue: 4250 });
    // An invalid Date is null in JSON, so nil here: the same body in both formats.
    expect(decodeRailsXml(encodeRailsXml({ p: { d: new Date("nope") } } as never))).toEqual({ p: { d: null } });
  });

  it("round-trips the documented customer", () => {
    const customer = JSON.parse(fixture("customer.doc.json"));
    expect(decodeRailsXml(encodeRailsXml(customer))).toEqual(customer);
  });
});
