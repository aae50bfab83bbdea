// The layout conventions of specs/README.md, checked: a newcomer finds a path's file from the path alone,
// components are referenced by relative path only, mite's XML bodies share one schema, and the published
// reference docs leave out what is internal.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { listOperations, loadBundledSpec } from "@punchclock/generate/load-spec";
import { parseYaml } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";

const specsDir = fileURLToPath(new URL("..", import.meta.url));
const apis = ["kimai", "mite"] as const;

/** `/api/customers/{id}/rates` -> `paths/api_customers_{id}_rates.yaml` */
const pathFileOf = (path: string) => `paths/${path.replace(/^\//, "").replaceAll("/", "_")}.yaml`;

// biome-ignore lint/suspicious/noExplicitAny: raw YAML
const rootOf = (api: string): Record<string, any> =>
  parseYaml(readFileSync(`${specsDir}/${api}/openapi.yaml`, "utf8")) as Record<string, unknown>;

/** Every `$ref` string in a YAML value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") found.push(item);
      else refsIn(item, found);
    }
  }
  return found;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => `${dir}/${name}`);
}

describe.each(apis)("%s spec layout", (api) => {
  it("names every path file after its path, braces included", () => {
    const paths = rootOf(api).paths as Record<string, { $ref: string }>;
    const misnamed = Object.entries(paths)
      .filter(([path, item]) => item.$ref !== pathFileOf(path))
      .map(([path, item]) => `${path} -> ${item.$ref} (expected ${pathFileOf(path)})`);
    expect(misnamed).toEqual([]);
  });

  it("has no path file that the root does not list", () => {
    const listed = new Set(Object.values(rootOf(api).paths as Record<string, { $ref: string }>).map((item) => item.$ref));
    const files = readdirSync(`${specsDir}/${api}/paths`).map((name) => `paths/${name}`);
    expect(files.filter((file) => !listed.has(file))).toEqual([]);
  });

  it("lists no components in the root but the security schemes (components are referenced by path)", () => {
    expect(Object.keys(rootOf(api).components ?? {})).toEqual(["securitySchemes"]);
  });

  it("references components by relative file path only", () => {
    const internal = yamlFilesUnder(`${specsDir}/${api}`)
      .filter((file) => !file.includes("/openapi.yaml"))
      .flatMap((file) => refsIn(parseYaml(readFileSync(file, "utf8"))).map((ref) => `${file}: ${ref}`))
      .filter((entry) => !/: \.{1,2}\/[\w./{}-]+\.yaml$/.test(entry));
    expect(internal).toEqual([]);
  });
});

describe("mite XML bodies", () => {
  it("all use the shared RailsXml schema with their own contentSchema", async () => {
    const spec = await loadBundledSpec(`${specsDir}/mite/openapi.yaml`);
    const bodies: string[] = [];
    const inline: string[] = [];
    JSON.stringify(spec, function collect(key, value) {
      if (key === "application/xml" && value?.schema) {
        bodies.push(key);
        const { schema } = value;
        if (schema.$ref !== "#/components/schemas/RailsXml" || !schema.contentSchema) inline.push(JSON.stringify(schema));
      }
      return value;
    });
    expect(bodies.length).toBeGreaterThan(10);
    expect(inline).toEqual([]);
  });
});

describe("mite conditional requests", () => {
  it("every GET that answers with an ETag takes If-None-Match and declares 304", async () => {
    const spec = await loadBundledSpec(`${specsDir}/mite/openapi.yaml`);
    const tagged = listOperations(spec).filter(({ method, operation }) => method === "GET" && operation.responses?.["200"]?.headers?.ETag);
    const missing = tagged
      .filter(
        ({ operation }) =>
          !operation.responses["304"] ||
          !(operation.parameters ?? []).some((parameter: { $ref?: string }) => parameter.$ref === "#/components/parameters/IfNoneMatch"),
      )
      .map(({ operationId }) => operationId);
    expect(tagged.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });
});

describe("reference docs bundles (`<api>-docs` in redocly.yaml)", () => {
  it.each(apis)("%s: leave out exactly the x-internal operations, and say since when each exists", async (api) => {
    const full = listOperations(await loadBundledSpec(`${specsDir}/${api}/openapi.yaml`));
    const docs = listOperations(await loadBundledSpec(`${specsDir}/${api}/openapi.yaml`, { alias: `${api}-docs` }));
    const publicIds = full.filter(({ operation }) => operation["x-internal"] !== true).map(({ operationId }) => operationId);
    expect(docs.map(({ operationId }) => operationId)).toEqual(publicIds);
    const docsSpec = await loadBundledSpec(`${specsDir}/${api}/openapi.yaml`, { alias: `${api}-docs` });
    const usedTags = new Set(docs.flatMap(({ operation }) => operation.tags as string[]));
    expect((docsSpec.tags as { name: string }[]).map(({ name }) => name).filter((name) => !usedTags.has(name))).toEqual([]);
    for (const { operation, operationId } of docs) {
      if (operation["x-since"]) expect(operation.description, operationId).toMatch(/Since Kimai \d+\.\d+\.\d+\.$/);
    }
    // Three bundlings of a spec: about 1.5 s alone, over vitest's 5 s when every package's tests run at once.
  }, 30_000);
});

describe("listOperations (what the generator and the contract harness read a spec with)", () => {
  it("refuses two operations with one operationId, which the clients name operations by at run time", () => {
    const spec = { paths: { "/a": { get: { operationId: "same" } }, "/b": { post: { operationId: "same" } } } };
    expect(() => listOperations(spec)).toThrow("POST /b has the operationId same of GET /a");
  });

  it.each(apis)("%s: every operationId is unique", async (api) => {
    const ids = listOperations(await loadBundledSpec(`${specsDir}/${api}/openapi.yaml`)).map(({ operationId }) => operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
