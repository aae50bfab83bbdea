// Properties of the mite client, checked with fast-check over 1,000 generated cases each.
import { fileURLToPath } from "node:url";
import { arbitraryOf, ContractSpec, type OpenApiObject } from "@punchclock/contract-harness";
import { miteApiKey } from "@punchclock/core";
import { decodeRailsXml, type EncodableValue, encodeRailsXml } from "@punchclock/core/xml";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMiteClient, MITE_XML_ITEM_NAMES } from "../src/index.js";

const RUNS = 1000;
const spec = await ContractSpec.load(fileURLToPath(new URL("../../../specs/mite/openapi.yaml", import.meta.url)));

/** Every schema the spec sends or receives as XML (`contentSchema` of an `application/xml` body). */
function xmlBodySchemas(): Array<{ label: string; pointer: string; listName: string | undefined }> {
  const found = new Map<string, { label: string; pointer: string; listName: string | undefined }>();
  for (const operation of spec.operations) {
    const base = spec.operationPointer(operation);
    const bodies: Array<[string, OpenApiObject, string]> = [];
    if (operation.operation.requestBody) {
      const { object, pointer } = spec.resolve(operation.operation.requestBody, `${base}/requestBody`);
      bodies.push(["request", object, pointer]);
    }
    for (const [status, raw] of Object.entries<OpenApiObject>(operation.operation.responses ?? {})) {
      const { object, pointer } = spec.resolve(raw, `${base}/responses/${status}`);
      bodies.push([status, object, pointer]);
    }
    for (const [label, body, pointer] of bodies) {
      const xmlSchema = body.content?.["application/xml"]?.schema;
      if (!xmlSchema) continue;
      // `contentSchema` stands next to the `$ref` to the shared RailsXml string schema, so it is read unresolved.
      if (!xmlSchema.contentSchema) continue;
      const schemaPointer = `${pointer}/content/application~1xml/schema/contentSchema`;
      const key = JSON.stringify(xmlSchema.contentSchema);
      // A list is named after its path: /customers.{format} -> customers.
      const listName = spec.at(schemaPointer).type === "array" ? /\/([a-z_]+)[^/]*$/.exec(operation.path)?.[1] : undefined;
      if (!found.has(key)) found.set(key, { label: `${operation.operationId} ${label}`, pointer: schemaPointer, listName });
    }
  }
  return [...found.values()];
}

/** Characters XML 1.0 cannot carry; the encoder must refuse them rather than write a broken document. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Mostly text XML can carry (with the characters that need escaping), sometimes any code point at all. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme" }) },
  {
    weight: 3,
    arbitrary: fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "]]>", "\r", "\n", "\t", " ", "é", "😀", "a") }),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
);

function containsNonXmlCharacter(value: unknown): boolean {
  if (typeof value === "string") return NOT_XML_CHAR.test(value);
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(containsNonXmlCharacter);
}

describe("XML codec properties", () => {
  const schemas = xmlBodySchemas();

  it("finds the XML bodies of the spec", () => {
    expect(schemas.map((schema) => schema.label).length).toBeGreaterThanOrEqual(5);
  });

  it.each(schemas)(
    "encode then decode returns the same value: $label",
    ({ pointer, listName }) => {
      fc.assert(
        fc.property(arbitraryOf(spec, pointer, { string: text }), (value) => {
          const options = { arrayItemNames: MITE_XML_ITEM_NAMES, ...(listName ? { listName } : {}) };
          if (containsNonXmlCharacter(value)) {
            expect(() => encodeRailsXml(value as EncodableValue, options)).toThrow(TypeError);
            return;
          }
          expect(decodeRailsXml(encodeRailsXml(value as EncodableValue, options))).toEqual(value);
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});

describe("pagination property", () => {
  it("yields every record exactly once, in order, for any total and page size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom("json", "xml"),
        async (total, pageSize, format) => {
          const requested: number[] = [];
          const fetch = async (request: Request): Promise<Response> => {
            const url = new URL(request.url);
            const page = Number(url.searchParams.get("page"));
            const limit = Number(url.searchParams.get("limit"));
            requested.push(page);
            const start = (page - 1) * limit;
            const ids = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, index) => start + index + 1);
            const records = ids.map((id) => ({ customer: { id, name: `Customer ${id}` } }));
            return format === "json"
              ? new Response(JSON.stringify(records), { headers: { "Content-Type": "application/json" } })
              : new Response(encodeRailsXml(records, { listName: "customers" }), {
                  headers: { "Content-Type": "application/xml" },
                });
          };
          const mite = createMiteClient({ account: "acme", auth: miteApiKey("k"), format, fetch, retry: false });
          const seen: number[] = [];
          for await (const customer of mite.paginate("/customers", { pageSize })) seen.push(customer.id);
          expect(seen).toEqual(Array.from({ length: total }, (_, index) => index + 1));
          // Pages 1..n, each once; one extra (empty) request only when the last page was full.
          const pages = Math.floor(total / pageSize) + 1;
          expect(requested).toEqual(Array.from({ length: pages }, (_, index) => index + 1));
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
