// Properties of core pieces, checked with fast-check over 1,000 generated cases each.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paginate, Redactor, stopAtShortPage, totalPagesHeader } from "../src/index.js";

const RUNS = 1000;

describe("Paginator", () => {
  it("yields every item exactly once, in order, whatever the total, page size and strategy", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        async (total, size, byHeader) => {
          const pageCount = Math.ceil(total / size);
          const requested: number[] = [];
          const fetchPage = async (page: number) => {
            requested.push(page);
            const start = (page - 1) * size;
            const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
            return { items, response: new Response(null, { headers: { "X-Total-Pages": String(pageCount) } }) };
          };
          const strategy = byHeader ? totalPagesHeader() : stopAtShortPage(size);
          const seen = await paginate({ fetchPage, strategy }).toArray();
          expect(seen).toEqual(Array.from({ length: total }, (_, i) => i));
          // The header strategy never asks past the last page; the short-page one asks once more after a full one.
          const expectedRequests = byHeader ? Math.max(1, pageCount) : Math.floor(total / size) + 1;
          expect(requested).toEqual(Array.from({ length: expectedRequests }, (_, i) => i + 1));
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);
});

describe("Redactor", () => {
  it("leaves no secret in any text, wherever and however often it occurs", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            minLength: 1,
            unit: fc.oneof(
              fc.constantFrom("a", "b", "=", "%", "&", "[", "]", "*"),
              fc.string({ minLength: 1, maxLength: 1, unit: "binary" }),
            ),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.array(fc.string({ unit: "binary" }), { maxLength: 6 }),
        (secrets, filler) => {
          const redactor = new Redactor(secrets);
          // The secrets, interleaved with arbitrary text, in several wire forms.
          const forms = secrets.flatMap((secret) => [
            secret,
            encodeURIComponent(secret.replace(/[\uD800-\uDFFF]/g, "")),
            JSON.stringify(secret).slice(1, -1),
          ]);
          const text = filler.flatMap((piece, index) => [piece, forms[index % forms.length] ?? ""]).join("") + forms.join("");
          const redacted = redactor.redact(text);
          for (const secret of secrets) expect(redacted).not.toContain(secret);
          // Values are redacted at any depth (keys are covered by the unit tests: a fixed key could hold a secret).
          const nested = redactor.redactValue([text, [text, [text]]]).flat(3);
          for (const secret of secrets) for (const string of nested) expect(string).not.toContain(secret);
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);
});
