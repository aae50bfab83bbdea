// mite's ID filters (`project_id=3,4`) are one schema, `IdFilter`, sent comma-separated (`style: form,
// explode: false`). The contract harness reads such a parameter item by item, so a wrong item in a list is
// caught, not only a wrong first value.
import { fileURLToPath } from "node:url";
import { ContractSpec, checkRequest } from "@punchclock/contract-harness";
import { beforeAll, describe, expect, it } from "vitest";

let spec: ContractSpec;
beforeAll(async () => {
  spec = await ContractSpec.load(fileURLToPath(new URL("../../../specs/mite/openapi.yaml", import.meta.url)));
});

/** The problems the harness finds with a GET of `path` (an API key header counts as credentials). */
function problemsOf(path: string): string[] {
  const url = new URL(`https://demo.mite.de${path}`);
  return checkRequest(spec, "", { method: "GET", url, headers: { "x-miteapikey": "k" }, body: undefined }).problems;
}

describe("the ID filters", () => {
  it("are the same schema, as one parameter, wherever a list filters by IDs", () => {
    const filters = spec.operations
      .filter((operation) => operation.method === "GET")
      .flatMap((operation) => operation.parameters.filter((parameter) => /_id$/.test(parameter.name) && parameter.in === "query"))
      .map((parameter) => {
        const definition = spec.at(parameter.pointer);
        return { name: parameter.name, style: definition.style, explode: definition.explode, pointer: parameter.pointer };
      });
    expect(filters.map((filter) => filter.name).sort()).toEqual([
      "customer_id",
      "customer_id",
      "customer_id",
      "project_id",
      "service_id",
      "user_id",
    ]);
    for (const filter of filters) {
      expect(filter, filter.name).toMatchObject({ style: "form", explode: false });
      expect(filter.pointer, filter.name).toMatch(/^\/components\/parameters\/\w+IdFilter$/);
    }
    const schemaOf = (name: string) => spec.at(`/components/parameters/${name}/schema`).$ref;
    expect(new Set(["CustomerIdFilter", "ProjectIdFilter", "ServiceIdFilter"].map(schemaOf))).toEqual(
      new Set(["#/components/schemas/IdFilter"]),
    );
    expect(spec.at("/components/schemas/TimeEntryUserFilter").anyOf[0].$ref).toBe("#/components/schemas/IdFilter");
  });

  it.each([
    "/projects.json?customer_id=291",
    "/projects.json?customer_id=291,292",
    "/projects/archived.xml?customer_id=291%2C292",
    "/time_entries.json?project_id=88309,88310&service_id=12984&customer_id=3213,3214,3215",
    "/time_entries.json?user_id=current",
    "/time_entries.json?user_id=211,212",
    "/time_entries.json?group_by=project,month",
  ])("accepts %s", (path) => expect(problemsOf(path)).toEqual([]));

  it.each([
    ["/projects.json?customer_id=291,abc", "customer_id"],
    ["/projects.json?customer_id=291,", "customer_id"],
    ["/projects.json?customer_id=0", "customer_id"],
    ["/time_entries.json?project_id=88309,-1", "project_id"],
    ["/time_entries.json?user_id=211,current", "user_id"],
    ["/time_entries.json?service_id=current", "service_id"],
    ["/time_entries.json?group_by=project,hour", "group_by"],
  ])("refuses %s, naming the parameter", (path, name) => {
    const problems = problemsOf(path);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toContain(`query parameter "${name}"`);
  });
});
