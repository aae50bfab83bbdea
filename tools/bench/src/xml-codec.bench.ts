// The Rails XML codec on 10,000 mite time entries, against the alternatives that were considered.
// Throughput = document size / mean time; vitest prints the mean per run.
import { decodeRailsXml } from "@punchclock/core/xml";
import { XMLParser } from "fast-xml-parser";
import { Parser } from "htmlparser2";
import { bench, describe } from "vitest";
import { json, xml } from "./time-entries.js";

console.log(`10,000 time entries: XML ${(xml.length / 1e6).toFixed(1)} MB, JSON ${(json.length / 1e6).toFixed(1)} MB`);

describe("decode 10,000 mite time entries", () => {
  bench(
    "@punchclock/core decodeRailsXml (saxes, builds typed objects)",
    () => {
      decodeRailsXml(xml);
    },
    { iterations: 10 },
  );

  bench(
    "fast-xml-parser 5 (generic tree, no Rails types)",
    () => {
      new XMLParser({ ignoreAttributes: false }).parse(xml);
    },
    { iterations: 5 },
  );

  bench(
    "htmlparser2 12 (SAX events only, builds nothing)",
    () => {
      let elements = 0;
      const parser = new Parser({ onopentag: () => void elements++ }, { xmlMode: true });
      parser.write(xml);
      parser.end();
    },
    { iterations: 10 },
  );

  bench(
    "JSON.parse of the same entries (the ceiling)",
    () => {
      JSON.parse(json);
    },
    { iterations: 20 },
  );
});
