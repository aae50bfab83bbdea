import { readFileSync } from "node:fs";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { DecodeError } from "../src/index.js";
import { RailsXmlDecoder } from "../src/xml/decode.js";
import { decodeRailsXml, decodeRailsXmlStream } from "../src/xml.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/mite-docs/${name}`, import.meta.url), "utf8");
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, Record<string, unknown>>;

function streamOf(...chunks: Array<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

/**
 * What a decoder must make of element names that are special in JavaScript: own, enumerable data properties
 * of ordinary objects, no changed prototype, and nothing added to `Object.prototype`.
 */
function expectNoPrototypeTouched(decode: (xml: string) => unknown): void {
  const own = (object: unknown, key: string) => Object.getOwnPropertyDescriptor(object, key)?.value;
  const nested = decode("<p><__proto__><polluted>yes</polluted></__proto__><id>1</id></p>") as { p: object };
  expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
  expect(Object.getPrototypeOf(nested.p)).toBe(Object.prototype);
  expect(Object.keys(nested.p)).toEqual(["__proto__", "id"]);
  expect(own(nested.p, "__proto__")).toEqual({ polluted: "yes" });
  expect("polluted" in nested.p).toBe(false);

  const repeated = decode("<p><__proto__>a</__proto__><__proto__>b</__proto__></p>") as { p: object };
  expect(own(repeated.p, "__proto__")).toEqual(["a", "b"]);

  const root = decode("<__proto__><polluted>yes</polluted></__proto__>") as object;
  expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
  expect(own(root, "__proto__")).toEqual({ polluted: "yes" });

  const named = decode("<p><constructor><prototype><polluted>yes</polluted></prototype></constructor></p>") as object;
  expect(own(own(named, "p"), "constructor")).toEqual({ prototype: { polluted: "yes" } });

  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
}

/** The decoder the check above must catch: the same XML, but objects built by plain assignment. */
function naiveDecode(xml: string, newObject: () => Record<string, unknown>): unknown {
  const parser = new SaxesParser();
  const stack: Array<{ name: string; object: Record<string, unknown>; text: string; children: number }> = [];
  let result: unknown;
  parser.on("opentag", (tag) => stack.push({ name: tag.name, object: newObject(), text: "", children: 0 }));
  parser.on("text", (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on("closetag", () => {
    const frame = stack.pop();
    if (!frame) return;
    const value = frame.children > 0 ? frame.object : frame.text;
    const parent = stack.at(-1);
    if (!parent) {
      result = Object.assign(newObject(), { [frame.name]: value });
      return;
    }
    const previous = Object.hasOwn(parent.object, frame.name) ? parent.object[frame.name] : undefined;
    parent.object[frame.name] = previous === undefined ? value : ([] as unknown[]).concat(previous, value);
    parent.children++;
  });
  parser.write(xml).close();
  return result;
}

describe("decodeRailsXml against mite's documentation", () => {
  it("decodes the customer example to the JSON example (as far as the cut-off XML goes)", () => {
    const expected = json("customer.doc.json");
    const customer = expected.customer as Record<string, unknown>;
    const rates = customer.hourly_rates_per_service as unknown[];
    const { created_at: _c, updated_at: _u, ...withoutDates } = customer;
    expect(decodeRailsXml(fixture("customer.doc.xml"))).toEqual({
      customer: { ...withoutDates, hourly_rates_per_service: rates.slice(0, 1) },
    });
  });

  it("decodes the user, service and bookmark examples to their JSON examples where the docs agree", () => {
    // The docs show other records in XML than in JSON for users; services differ in dates, bookmarks in a typo.
    const service = decodeRailsXml(fixture("service.doc.xml")) as { service: Record<string, unknown> };
    const {
      created_at: _created,
      updated_at: _updated,
      ...serviceRest
    } = json("service.doc.json").service as Record<string, unknown>;
    expect(service.service).toMatchObject(serviceRest);
    expect(service.service.created_at).toBe("2007-12-13T12:12:00+01:00");

    const bookmark = decodeRailsXml(fixture("bookmark.doc.xml")) as { bookmark: Record<string, unknown> };
    const { query: _query, ...bookmarkRest } = json("bookmark.doc.json").bookmark as Record<string, unknown>;
    expect(bookmark.bookmark).toMatchObject(bookmarkRest);
    expect(bookmark.bookmark.query).toBe("project_id=212&at=this_week");

    const user = decodeRailsXml(fixture("user.doc.xml")) as { user: Record<string, unknown> };
    expect(Object.keys(user.user).sort()).toEqual(Object.keys(json("user.doc.json").user as object).sort());
  });

  it("decodes the tracker examples, including the empty tracker", () => {
    expect(decodeRailsXml(fixture("tracker-empty.doc.xml"))).toEqual(json("tracker-empty.doc.json"));
    const running = decodeRailsXml(fixture("tracker-running.doc.xml")) as { tracker: { tracking_time_entry: object } };
    expect(Object.keys(running.tracker.tracking_time_entry).sort()).toEqual(["id", "minutes", "since"]);
  });

  it("decodes the legacy customer example: nil, empty arrays and dates", () => {
    expect(decodeRailsXml(fixture("customer.legacy-doc.xml"))).toEqual({
      customer: {
        id: 2,
        name: "Moodster Inc.",
        note: "Shilly-shally!",
        archived: false,
        hourly_rate: 0,
        active_hourly_rate: null,
        hourly_rates_per_service: [],
        created_at: "2007-12-13T12:12:00+01:00",
        updated_at: "2007-12-13T12:12:00+01:00",
      },
    });
  });

  it("decodes a root array to a list of wrapped records, like mite's JSON lists", () => {
    expect(decodeRailsXml(fixture("time-entry-groups.legacy-doc.xml"))).toEqual([
      {
        time_entry_group: {
          minutes: 6,
          revenue: null,
          user_id: 1,
          user_name: "Freddy Freelancer",
          time_entries_params: { user_id: "1" },
        },
      },
    ]);
  });
});

describe("decodeRailsXml types", () => {
  it("keeps a one-element array an array and an empty array empty", () => {
    const xml = `<p><a type="array"><i type="integer">1</i></a><b type="array"/><c type="array">\n  </c></p>`;
    expect(decodeRailsXml(xml)).toEqual({ p: { a: [1], b: [], c: [] } });
  });

  it("decodes floats, booleans written as 1/0, negative integers and CDATA", () => {
    const xml = `<p><f type="float">-1.5e3</f><t type="boolean">1</t><n type="integer">-42</n><s><![CDATA[<b>&]]></s></p>`;
    expect(decodeRailsXml(xml)).toEqual({ p: { f: -1500, t: true, n: -42, s: "<b>&" } });
  });

  it("keeps untyped text exactly, including whitespace and escaped characters", () => {
    expect(decodeRailsXml("<p><note>  a &amp; b &lt;c&gt; &#13;\n</note><e></e></p>")).toEqual({
      p: { note: "  a & b <c> \r\n", e: "" },
    });
  });

  it("turns repeated elements into an array, as Rails does", () => {
    expect(decodeRailsXml("<errors><error>a</error><error>b</error><error>c</error></errors>")).toEqual({
      errors: { error: ["a", "b", "c"] },
    });
  });

  it("never touches prototypes, even for elements named __proto__, constructor and prototype", () => {
    expectNoPrototypeTouched(decodeRailsXml);
  });

  // The check above must be able to fail: a decoder that assigns (`object[key] = value`) sets the prototype
  // of its own object instead of failing loudly, and one that builds null-prototype objects hides it.
  it.each([
    ["assigns with object[key] = value", () => ({})],
    ["assigns into null-prototype objects", () => Object.create(null) as Record<string, unknown>],
  ])("fails for a decoder that %s", (_, newObject) => {
    expect(() => expectNoPrototypeTouched((xml) => naiveDecode(xml, newObject))).toThrow();
  });

  it.each([
    ["an integer that is not one", '<p><n type="integer">12a</n></p>', /not a number/],
    ["a boolean that is not one", '<p><b type="boolean">yes</b></p>', /not a boolean/],
    ["an unclosed element", "<p><n>1</n>", /Malformed XML/],
    ["text after the root", "<p/>junk", /Malformed XML/],
    ["an empty document", "", /Malformed XML|no root/],
    ["an HTML error page", "<html><body><h1>502 Bad Gateway</h1><br></body></html>", /Malformed XML/],
    ["JSON", '{"customer": {"id": 1}}', /Malformed XML/],
    ["an undefined entity", "<p>&nbsp;</p>", /Malformed XML/],
  ])("refuses %s with a DecodeError", (_, xml, message) => {
    expect(() => decodeRailsXml(xml)).toThrow(DecodeError);
    expect(() => decodeRailsXml(xml)).toThrow(message);
  });

  it("refuses a DOCTYPE, so entity bombs and external entities are never expanded", () => {
    const billionLaughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><p>&lol2;</p>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><p>&xxe;</p>`;
    for (const xml of [billionLaughs, xxe]) {
      expect(() => decodeRailsXml(xml)).toThrow(/DOCTYPE/);
    }
  });

  it("refuses mixed content (text beside child elements), which no value could keep whole", () => {
    for (const xml of [
      "<customer><name>Big <b>Inc</b></name></customer>",
      "<customer><name><b>Inc</b> ltd</name></customer>",
      '<customers type="array">junk<customer><id type="integer">1</id></customer></customers>',
    ]) {
      expect(() => decodeRailsXml(xml), xml).toThrow(/mixes text with child elements/);
    }
    // Whitespace between children is indentation, not content.
    expect(decodeRailsXml('<customer>\n  <name>Big</name>\n  <id type="integer">1</id>\n</customer>')).toEqual({
      customer: { name: "Big", id: 1 },
    });
  });

  it("refuses numbers a JavaScript number cannot hold exactly, instead of rounding them", () => {
    expect(() => decodeRailsXml('<p><id type="integer">9007199254740993</id></p>')).toThrow(DecodeError);
    expect(() => decodeRailsXml('<p><rate type="float">1e999</rate></p>')).toThrow(/cannot hold exactly/);
    expect(decodeRailsXml('<p><rate type="float">1e308</rate></p>')).toEqual({ p: { rate: 1e308 } });
  });

  it("refuses nesting deeper than the limit", () => {
    const deep = `${"<a>".repeat(65)}x${"</a>".repeat(65)}`;
    expect(() => decodeRailsXml(deep)).toThrow(/deeper than 64/);
    expect(decodeRailsXml(deep, { maxDepth: 100 })).toBeTypeOf("object");
  });
});

// The decoder predicts a record's children from the record before it at the same depth and reuses its
// parser from one document to the next: neither may show in a value.
describe("decodeRailsXml, record after record and document after document", () => {
  it("decodes records that differ from the one before: other order, fewer, more, repeated children", () => {
    const xml = `<items type="array">
      <item><id type="integer">1</id><name>a</name><note>x</note></item>
      <item><id type="integer">2</id><name>b</name><note>y</note></item>
      <item><name>c</name><id type="integer">3</id></item>
      <item><id type="integer">4</id></item>
      <item><id type="integer">5</id><name>e</name><note>z</note><extra-field>1</extra-field></item>
      <item><id type="integer">6</id><id type="integer">7</id><name>f</name></item>
      <item><id type="integer">8</id><name>g</name><name>h</name><note>w</note></item>
      <item><id type="integer">9</id><name>i</name><note>v</note></item>
    </items>`;
    expect(decodeRailsXml(xml)).toEqual([
      { item: { id: 1, name: "a", note: "x" } },
      { item: { id: 2, name: "b", note: "y" } },
      { item: { name: "c", id: 3 } },
      { item: { id: 4 } },
      { item: { id: 5, name: "e", note: "z", extra_field: "1" } },
      { item: { id: [6, 7], name: "f" } },
      { item: { id: 8, name: ["g", "h"], note: "w" } },
      { item: { id: 9, name: "i", note: "v" } },
    ]);
    const records = (decodeRailsXml(xml) as Array<{ item: object }>).map((wrapper) => wrapper.item);
    expect(Object.keys(records[2]!)).toEqual(["name", "id"]);
  });

  it("keeps __proto__ an own property when it comes where the record before had another child, or the same", () => {
    const proto = "<__proto__><polluted>yes</polluted></__proto__>";
    const decoded = decodeRailsXml(
      `<list><p><a>1</a><b>2</b></p><p><a>1</a>${proto}</p><p><a>1</a>${proto}</p><p><a>1</a><b>2</b></p></list>`,
    ) as { list: { p: object[] } };
    for (const record of decoded.list.p.slice(1, 3)) {
      expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
      expect(Object.keys(record)).toEqual(["a", "__proto__"]);
      expect(Object.getOwnPropertyDescriptor(record, "__proto__")?.value).toEqual({ polluted: "yes" });
    }
    expect(decoded.list.p[3]).toEqual({ a: "1", b: "2" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("decodes mite's indented documents like compact ones", () => {
    const indented = `<?xml version="1.0" encoding="UTF-8"?>
<customers type="array">
  <customer>
    <id type="integer">643</id>
    <name>Acme</name>
    <hourly-rates-per-service type="array">
      <hourly-rate-per-service>
        <service-id type="integer">31272</service-id>
      </hourly-rate-per-service>
    </hourly-rates-per-service>
    <archived type="boolean">false</archived>
  </customer>
  <customer>
    <id type="integer">644</id>
    <name>Beta</name>
    <hourly-rates-per-service type="array">
    </hourly-rates-per-service>
    <archived type="boolean">true</archived>
  </customer>
</customers>
`;
    expect(decodeRailsXml(indented)).toEqual([
      { customer: { id: 643, name: "Acme", hourly_rates_per_service: [{ service_id: 31272 }], archived: false } },
      { customer: { id: 644, name: "Beta", hourly_rates_per_service: [], archived: true } },
    ]);
  });

  it("gives every element only its own attributes", () => {
    expect(decodeRailsXml('<p><a type="integer" nil="true"/><b>1</b><c on="x">y</c><d>2</d></p>')).toEqual({
      p: { a: null, b: "1", c: { on: "x", message: "y" }, d: "2" },
    });
  });

  it("reads integers written in any way Rails' Integer() would", () => {
    const decode = (text: string) => (decodeRailsXml(`<p><n type="integer">${text}</n></p>`) as { p: { n: unknown } }).p.n;
    expect(decode("007")).toBe(7);
    expect(decode(" 42\n")).toBe(42);
    expect(decode("+5")).toBe(5);
    expect(decode("-12")).toBe(-12);
    expect(decode("123456789012345")).toBe(123456789012345);
    expect(decode("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    // Past 2^53 a number would be another one (…567 reads as …568): refused, not rounded.
    expect(() => decode("12345678901234567")).toThrow(/cannot hold exactly/);
    expect(decode("")).toBeNull();
    expect(() => decode("1 2")).toThrow(/not a number/);
    expect(() => decode("0x10")).toThrow(/not a number/);
  });

  it("decodes well after a document was refused, and with each document's own limit", () => {
    const customer = '<customer><id type="integer">1</id><name>Big Inc.</name></customer>';
    const refused = [
      "<p><n>1</n>",
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "x">]><p>&e;</p>',
      `${"<a>".repeat(65)}x${"</a>".repeat(65)}`,
      '<customer><id type="integer">x</id></customer>',
    ];
    for (const xml of refused) {
      expect(() => decodeRailsXml(xml)).toThrow(DecodeError);
      expect(decodeRailsXml(customer)).toEqual({ customer: { id: 1, name: "Big Inc." } });
    }
    expect(() => decodeRailsXml("<a><b><c>1</c></b></a>", { maxDepth: 2 })).toThrow(/deeper than 2/);
    expect(decodeRailsXml("<a><b><c>1</c></b></a>")).toEqual({ a: { b: { c: "1" } } });
  });

  it("decodes streams that take turns, each to its own value", async () => {
    const list = (name: string, count: number) =>
      `<${name}s type="array">${Array.from({ length: count }, (_, i) => `<${name}><id type="integer">${i}</id></${name}>`).join("")}</${name}s>`;
    const chunks = (xml: string) => xml.match(/[\s\S]{1,7}/g) ?? [];
    const [customers, projects] = await Promise.all([
      decodeRailsXmlStream(streamOf(...chunks(list("customer", 20)))),
      decodeRailsXmlStream(streamOf(...chunks(list("project", 30)))),
    ]);
    expect(customers).toEqual(Array.from({ length: 20 }, (_, id) => ({ customer: { id } })));
    expect(projects).toEqual(Array.from({ length: 30 }, (_, id) => ({ project: { id } })));
  });

  it("refuses to go on with a document it closed", () => {
    const decoder = new RailsXmlDecoder();
    expect(decoder.write("<p>1</p>").close()).toEqual({ p: "1" });
    expect(() => decoder.write("<q>2</q>")).toThrow(DecodeError);
    expect(() => decoder.close()).toThrow(DecodeError);
  });
});

describe("decodeRailsXmlStream", () => {
  it("decodes across chunk boundaries, even inside a multi-byte character", () => {
    const bytes = new TextEncoder().encode("<user><name>Jérôme Gamez</name></user>");
    const split = bytes.indexOf(0xc3) + 1; // between the two bytes of "é"
    return expect(decodeRailsXmlStream(streamOf(bytes.slice(0, split), bytes.slice(split)))).resolves.toEqual({
      user: { name: "Jérôme Gamez" },
    });
  });

  it("rejects a truncated body and invalid UTF-8 with a DecodeError", async () => {
    await expect(decodeRailsXmlStream(streamOf("<customer><id type="))).rejects.toThrow(DecodeError);
    await expect(
      decodeRailsXmlStream(streamOf(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0x3c, 0x2f, 0x70, 0x3e]))),
    ).rejects.toThrow(/UTF-8/);
  });
});
