import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ContractSpec, examplesOf, type OpenApiObject } from "../src/index.js";

// Every example in both specs must be valid: JSON examples against their schema, XML examples decoded
// with the Rails XML codec against their contentSchema, documents (Kimai's invoice files) as text. Redocly
// checks the JSON ones too; only this test understands the XML ones.
for (const name of ["kimai", "mite"]) {
  describe(`examples of specs/${name}`, async () => {
    const spec = await ContractSpec.load(fileURLToPath(new URL(`../../../specs/${name}/openapi.yaml`, import.meta.url)));
    const bodies: Array<{ label: string; pointer: string; content: OpenApiObject }> = [];
    for (const operation of spec.operations) {
      const base = spec.operationPointer(operation);
      if (operation.operation.requestBody) {
        const { object, pointer } = spec.resolve(operation.operation.requestBody, `${base}/requestBody`);
        bodies.push({ label: `${operation.operationId} request`, pointer, content: object.content });
      }
      for (const [status, raw] of Object.entries<OpenApiObject>(operation.operation.responses ?? {})) {
        const { object, pointer } = spec.resolve(raw, `${base}/responses/${status}`);
        if (object.content) bodies.push({ label: `${operation.operationId} ${status}`, pointer, content: object.content });
      }
    }

    it("has examples to check", () => expect(bodies.length).toBeGreaterThan(10));

    for (const { label, pointer, content } of bodies) {
      for (const example of examplesOf(spec, content)) {
        it(`${label} ${example.mediaType} "${example.name}" is valid`, () => {
          const mediaPointer = `${pointer}/content/${example.mediaType.replaceAll("/", "~1")}`;
          expect(spec.validateBody(mediaPointer, example.mediaType, example.text).problems).toEqual([]);
        });
      }
    }
  });
}
