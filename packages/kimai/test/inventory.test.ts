// Completeness: every route of Kimai's endpoint inventory (fixtures/reference/endpoint-inventory-2.65.md,
// including the routes added after 2.65.0) is an operation of our spec, with the release that introduced it
// (`x-since`) and its flags: `x-internal: true` exactly for [int] routes, `deprecated: true` exactly for [dep].
// And the other way round: the spec has no operation the inventory does not list.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ContractSpec } from "@punchclock/contract-harness";
import { describe, expect, it } from "vitest";

const inventoryPath = fileURLToPath(new URL("./fixtures/reference/endpoint-inventory-2.65.md", import.meta.url));
const spec = await ContractSpec.load(fileURLToPath(new URL("../../../specs/kimai/openapi.yaml", import.meta.url)));

/** One route of the inventory. */
interface InventoryRoute {
  readonly method: string;
  readonly path: string;
  /** The release that introduced it, as our `x-since` writes it. */
  readonly since: string;
  readonly internal: boolean;
  readonly deprecated: boolean;
  /** The inventory section (`## ...`) it is listed under. */
  readonly section: string;
}

/** The cells of a Markdown table row; `\|` inside a cell is a literal pipe, not a separator. */
function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.replaceAll("\\|", "|").trim());
}

/** "≤2.0.0" -> "2.0.0" (the inventory's floor means "in 2.0.0 already"). */
function sinceOf(cell: string): string {
  const version = cell.replace(/^≤/, "").trim();
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`The inventory has an unreadable Since: "${cell}"`);
  return version;
}

/** Parses every table of the inventory whose header has Method and Path columns. */
function parseInventory(markdown: string): InventoryRoute[] {
  const routes: InventoryRoute[] = [];
  let section = "";
  let header: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("## ")) {
      section = line.slice(3).trim();
      header = undefined;
      continue;
    }
    if (!line.trimStart().startsWith("|")) {
      header = undefined;
      continue;
    }
    const cells = cellsOf(line);
    if (!header) {
      header = cells;
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    const column = (name: string) => {
      const index = header?.indexOf(name) ?? -1;
      return index === -1 ? undefined : cells[index];
    };
    const method = column("Method");
    const path = column("Path");
    if (!method || !path) continue;
    const flags = column("Flags") ?? "";
    const afterRelease = /^Added after 2\.65/.test(section);
    const since = afterRelease ? "2.66.0" : sinceOf(column("Since") ?? "");
    routes.push({
      method: method.toUpperCase(),
      path,
      since,
      internal: flags.includes("[int]"),
      deprecated: flags.includes("[dep]"),
      section,
    });
  }
  return routes;
}

/** A path with its parameter names dropped: `/api/customers/{id}/comments/{comment}` -> `.../{}/comments/{}`. */
function normalised(path: string): string {
  return path.replace(/\{[^}]+\}/g, "{}");
}

const inventory = parseInventory(readFileSync(inventoryPath, "utf8"));
const key = (method: string, path: string) => `${method.toUpperCase()} ${normalised(path)}`;
const operations = new Map(spec.operations.map((operation) => [key(operation.method, operation.path), operation]));

describe("the spec covers Kimai's endpoint inventory", () => {
  it("reads the inventory (every table, including the routes added after 2.65.0)", () => {
    expect(inventory.length).toBeGreaterThan(90);
    expect(inventory.filter((route) => route.since === "2.66.0").length).toBeGreaterThanOrEqual(10);
    expect(new Set(inventory.map((route) => key(route.method, route.path))).size).toBe(inventory.length);
  });

  it("has an operation for every route of the inventory", () => {
    const missing = inventory
      .filter((route) => !operations.has(key(route.method, route.path)))
      .map((route) => `${route.method} ${route.path} (${route.section})`);
    expect(missing).toEqual([]);
  });

  it("lists no operation the inventory does not have", () => {
    const listed = new Set(inventory.map((route) => key(route.method, route.path)));
    const extra = spec.operations
      .filter((operation) => !listed.has(key(operation.method, operation.path)))
      .map((operation) => `${operation.method} ${operation.path} (${operation.operationId})`);
    expect(extra).toEqual([]);
  });

  it("gives every operation the release that introduced it (`x-since`)", () => {
    const wrong = inventory.flatMap((route) => {
      const operation = operations.get(key(route.method, route.path));
      const since = operation?.operation["x-since"];
      return operation && since !== route.since
        ? [`${operation.operationId} (${route.method} ${route.path}): x-since ${JSON.stringify(since)}, inventory ${route.since}`]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  it("marks exactly the [int] routes `x-internal: true`", () => {
    const wrong = inventory.flatMap((route) => {
      const operation = operations.get(key(route.method, route.path));
      const internal = operation?.operation["x-internal"] === true;
      return operation && internal !== route.internal
        ? [`${operation.operationId} (${route.method} ${route.path}): x-internal ${internal}, inventory ${route.internal}`]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  it("marks exactly the [dep] routes `deprecated: true`", () => {
    const wrong = inventory.flatMap((route) => {
      const operation = operations.get(key(route.method, route.path));
      const deprecated = operation?.operation.deprecated === true;
      return operation && deprecated !== route.deprecated
        ? [`${operation.operationId} (${route.method} ${route.path}): deprecated ${deprecated}, inventory ${route.deprecated}`]
        : [];
    });
    expect(wrong).toEqual([]);
  });
});
