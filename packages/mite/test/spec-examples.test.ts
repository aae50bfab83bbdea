import { fileURLToPath } from "node:url";
import { ContractSpec, examplesOf, formatOfMediaType, type OpenApiObject } from "@punchclock/contract-harness";
import { decodeRailsXml, type EncodableValue, encodeRailsXml } from "@punchclock/core/xml";
import { describe, expect, it } from "vitest";
import { MITE_XML_ITEM_NAMES, miteErrorFromXml } from "../src/index.js";

// "Both formats carry the same values": every XML example of the spec must decode to its JSON twin, and
// every JSON request example must encode to its XML twin.
const spec = await ContractSpec.load(fileURLToPath(new URL("../../../specs/mite/openapi.yaml", import.meta.url)));

const pairs: Array<{ label: string; isRequest: boolean; isError: boolean; json: unknown; xml: string }> = [];
for (const operation of spec.operations) {
  const base = spec.operationPointer(operation);
  const bodies: Array<[string, OpenApiObject, boolean, boolean]> = [];
  if (operation.operation.requestBody) {
    bodies.push(["request", spec.resolve(operation.operation.requestBody, `${base}/requestBody`).object, true, false]);
  }
  for (const [status, raw] of Object.entries<OpenApiObject>(operation.operation.responses ?? {})) {
    bodies.push([status, spec.resolve(raw, "").object, false, Number(status) >= 400]);
  }
  for (const [label, body, isRequest, isError] of bodies) {
    const examples = examplesOf(spec, body.content);
    const xmlExamples = examples.filter((example) => formatOfMediaType(example.mediaType) === "xml");
    const jsonExamples = examples.filter((example) => formatOfMediaType(example.mediaType) === "json");
    expect(xmlExamples.length, `${operation.operationId} ${label} has as many XML as JSON examples`).toBe(jsonExamples.length);
    xmlExamples.forEach((xml, index) => {
      const json = isRequest ? jsonExamples.find((candidate) => candidate.name === xml.name) : jsonExamples[index];
      pairs.push({
        label: `${operation.operationId} ${label} "${xml.name}"`,
        isRequest,
        isError,
        json: json?.value,
        xml: xml.text,
      });
    });
  }
}

const canonical = (xml: string) =>
  xml
    .replace(/<\?xml[^?]*\?>/, "")
    .replace(/>\s+</g, "><")
    .trim();

describe("mite spec examples: XML and JSON agree", () => {
  it("has pairs to compare", () => expect(pairs.length).toBeGreaterThanOrEqual(15));

  for (const pair of pairs) {
    it(`${pair.label}: the XML decodes to the JSON example`, () => {
      const decoded = decodeRailsXml(pair.xml);
      expect(pair.isError ? miteErrorFromXml(decoded) : decoded).toEqual(pair.json);
    });
    if (pair.isRequest) {
      it(`${pair.label}: the JSON example encodes to the XML example`, () => {
        const encoded = encodeRailsXml(pair.json as EncodableValue, { arrayItemNames: MITE_XML_ITEM_NAMES });
        expect(canonical(encoded)).toBe(canonical(pair.xml));
      });
    }
  }
});
