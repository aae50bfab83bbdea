// What the JSON response guard costs on top of JSON.parse, on the 10,000 time entries as JSON: the strict
// UTF-8 decode, the nesting check on the parsed value, and the whole guard.
import { decodeJson, nestingExceeds, patternRedactor } from "@punchclock/core/internal";
import { bench, describe } from "vitest";
import { json } from "./time-entries.js";

const parsed = JSON.parse(json);
const bytes = new TextEncoder().encode(json);
const response = new Response(null, { headers: { "Content-Type": "application/json; charset=utf-8" } });
const context = {
  operation: { method: "GET", path: "/time_entries", operationId: "listTimeEntries" },
  redactor: patternRedactor,
};

describe("JSON body of 10,000 mite time entries", () => {
  bench("JSON.parse(text) alone", () => {
    JSON.parse(json);
  });

  bench("nesting check of the parsed value alone", () => {
    nestingExceeds(parsed, 64);
  });

  bench("strict UTF-8 decode alone", () => {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  });

  bench("decodeJson: strict UTF-8 decode + JSON.parse + nesting check", () => {
    decodeJson(bytes, response, context);
  });
});
