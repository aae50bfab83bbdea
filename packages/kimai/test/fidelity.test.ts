// Fidelity: our response schemas against the key sets Kimai's own test suite asserts for each entity type
// (`assertStructure` in tests/API/*, collected in fixtures/reference/kimai-test-expected-response-structures.json).
// Every asserted type has a schema of the same name; its properties, its required list and its nullable
// properties equal what Kimai's tests assert, and each property has the asserted JSON type.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ContractSpec, type OpenApiObject } from "@punchclock/contract-harness";
import { describe, expect, it } from "vitest";

const reference = fileURLToPath(new URL("./fixtures/reference/kimai-test-expected-response-structures.json", import.meta.url));
const spec = await ContractSpec.load(fileURLToPath(new URL("../../../specs/kimai/openapi.yaml", import.meta.url)));
const asserted: Record<string, Record<string, string>> = JSON.parse(readFileSync(reference, "utf8"));

/**
 * Where our schema knowingly differs from what Kimai's tests assert, and why. Keyed by `Type.property`.
 * `type`: the property's type differs; `nullable`: we allow null where the test does not (or the reverse).
 */
const deviations: Record<string, { kind: "type" | "nullable" | "missing" | "extra"; reason: string }> = {
  "UserEntity.supervisor": {
    kind: "nullable",
    reason:
      "Kimai's test types it `@UserEntity` (may be null) inside `object<...>`; User::$supervisor is a nullable ?User " +
      "(ORM nullable, SET NULL on delete), so users without a supervisor get `null`.",
  },
  // --- projects and activities (incl. customers) ---
  ...Object.fromEntries(
    ["Project", "ProjectExpanded", "ProjectCollection", "ProjectEntity"].map((type) => [
      `${type}.lockedUntil`,
      {
        kind: "extra" as const,
        reason:
          "Added after the reference's key sets (Kimai 2.66, the project's locked period): optional, as 2.65 does not send it.",
      },
    ]),
  ),
  "ActivityExpanded.project": {
    kind: "nullable",
    reason:
      "Kimai's test types it `@ProjectExpanded` (may be null) inside `object<...>`; global activities have no project " +
      "(Activity::$project is a nullable ?Project), so expanded timesheets of global activities carry `project: null`.",
  },
  // --- end projects and activities ---
  // --- timesheets and favorites ---
  "TimesheetCollectionFull.activity": {
    kind: "type",
    reason:
      "Kimai's test asserts `object<Activity>` (project as `@int`), but the view's groups (GROUPS_COLLECTION_FULL: " +
      "Default, Collection, Timesheet, Expanded) serialize the activity's project as the Expanded object, never as an " +
      "ID; the test only passes because its fixture activities are global (project null). We reference ActivityExpanded.",
  },
  // --- end timesheets and favorites ---
  // --- invoices, configuration, plugins, actions and other internal routes ---
  "PageActionItem.attr": {
    kind: "type",
    reason:
      "Kimai's test asserts `array` because PHP decodes JSON objects to arrays; PageAction::$attr is typed " +
      "`array<string, string>` for the serializer, and JMS serializes such a keyed array as a JSON object, `{}` " +
      "when empty (JsonSerializationVisitor::visitArray uses an ArrayObject when the key type is given).",
  },
  // --- end invoices, configuration, plugins, actions and other internal routes ---
  // --- review: nulls the entities can serialize, though Kimai's fixtures never contain them ---
  ...Object.fromEntries(
    ["TimesheetEntity", "TimesheetExpanded", "TimesheetCollection", "TimesheetCollectionFull"].flatMap((type) => [
      [
        `${type}.internalRate`,
        {
          kind: "nullable" as const,
          reason:
            "Kimai's test asserts `float`, but Timesheet::$internalRate is a `?float` on a nullable column, serialized " +
            "as is, and Timesheet::resetRates() sets it to null; the fixtures always carry a calculated rate.",
        },
      ],
      [
        `${type}.break`,
        {
          kind: "nullable" as const,
          reason:
            "Kimai's test asserts `int`, but Timesheet::$break is a `?int` serialized from the property (not via " +
            "getBreak(), which maps null to 0), and migration Version20240926111739 (2.23) added the column as " +
            "`INT DEFAULT NULL`: every record created before 2.23 sends `break: null`.",
        },
      ],
    ]),
  ),
  ...Object.fromEntries(
    ["TimesheetMeta", "CustomerMeta", "ProjectMeta", "ActivityMeta", "InvoiceMeta"].map((type) => [
      `${type}.value`,
      {
        kind: "nullable" as const,
        reason:
          "Kimai's test asserts `string`, but MetaTableTypeTrait::$value is a `?string` on a nullable TEXT column, " +
          "serialized from the property; a custom field saved without a value (setValue(null), or an optional field " +
          "left empty in a form) is sent as `value: null`.",
      },
    ]),
  ),
  // --- end review ---
};

/**
 * Properties Kimai's tests assert but Kimai leaves out for some users, so our schemas have them without
 * requiring them. Keyed by `Type.property`, with the reason. The reference holds the key sets of Kimai's tests
 * after 2.65, whose users see everything: since 2.66 budgets and a timesheet's amounts are serialized per
 * record, only for users allowed to see them (GHSA-fq95-vwvx-w88f; `BudgetExclusionStrategy` and
 * `RateExclusionStrategy` in src/API/Serializer). Lists sent no budget fields at all before 2.66.
 */
const sentOnlyToSomeUsers: Record<string, string> = Object.fromEntries([
  ...["CustomerCollection", "CustomerCollectionFull", "ProjectCollection", "ActivityCollection"]
    .concat(["CustomerEntity", "ProjectEntity", "ActivityEntity"])
    .flatMap((type) =>
      ["budget", "timeBudget", "budgetType"].map((key) => [
        `${type}.${key}`,
        "Kimai 2.66+ sends a budget field only to users allowed to see that record's money or time budget.",
      ]),
    ),
  ...["TimesheetEntity", "TimesheetExpanded", "TimesheetCollection", "TimesheetCollectionFull"].flatMap((type) =>
    ["rate", "internalRate", ...(type.includes("Collection") ? [] : ["fixedRate", "hourlyRate"])].map((key) => [
      `${type}.${key}`,
      "Kimai 2.66+ sends a timesheet's amounts only to users allowed to see that record's rates.",
    ]),
  ),
]);

const schemas: OpenApiObject = spec.document.components?.schemas ?? {};

function deref(schema: OpenApiObject): OpenApiObject {
  let current = schema;
  for (let hops = 0; typeof current?.$ref === "string" && hops < 10; hops++) {
    current = spec.at(current.$ref.slice(1));
  }
  return current;
}

/** The schema variants of a property: its `oneOf`/`anyOf` members, or itself. */
function variants(schema: OpenApiObject): OpenApiObject[] {
  const list = schema.oneOf ?? schema.anyOf;
  return Array.isArray(list) ? list.flatMap((member: OpenApiObject) => variants(member)) : [schema];
}

function typesOf(schema: OpenApiObject): Set<string> {
  const types = new Set<string>();
  for (const variant of variants(schema)) {
    const resolved = deref(variant);
    const type = resolved.type ?? (resolved.properties ? "object" : undefined);
    for (const t of Array.isArray(type) ? type : [type]) if (t) types.add(t);
    if (Array.isArray(resolved.enum) && resolved.enum.includes(null)) types.add("null");
    if (resolved.const === null) types.add("null");
  }
  return types;
}

/** The JSON type a Kimai test type stands for: `int` -> integer, `object<User>` -> object, ... */
function jsonTypeOf(kimaiType: string): string {
  const bare = kimaiType.replace(/^@/, "");
  if (bare === "int") return "integer";
  if (bare === "float") return "number";
  if (bare === "bool" || bare === "boolean") return "boolean";
  if (/^(string|date|datetime|DateTime)$/i.test(bare)) return "string";
  if (bare.startsWith("array")) return "array";
  if (bare.startsWith("object")) return "object";
  throw new Error(`unknown Kimai test type ${kimaiType}`);
}

/** The schema an asserted `object<X>` or `array<X>` names (`X`, without `@`), or undefined for scalars. */
function namedSchemaOf(kimaiType: string): string | undefined {
  return /^@?(?:object|array)<@?([A-Z]\w*)>$/.exec(kimaiType)?.[1];
}

/** The component names a property references (itself, its array items, or its oneOf/anyOf members). */
function referencedSchemas(schema: OpenApiObject): Set<string> {
  const names = new Set<string>();
  for (const variant of variants(schema)) {
    for (const candidate of [variant, variant.items].filter(Boolean) as OpenApiObject[]) {
      for (const member of variants(candidate)) {
        const ref = member.$ref;
        if (typeof ref === "string") names.add(ref.split("/").at(-1) ?? "");
      }
    }
  }
  return names;
}

/** Whether our property has the asserted JSON type and, for `object<X>`/`array<X>`, references schema X. */
function hasAssertedType(ours: OpenApiObject, kimaiType: string): boolean {
  if (!typesOf(ours).has(jsonTypeOf(kimaiType))) return false;
  const named = namedSchemaOf(kimaiType);
  return named === undefined || referencedSchemas(ours).has(named);
}

/** Whether the deviations table excuses `key` of `type` from one check (only the check its kind names). */
function excused(type: string, key: string, kind: "missing" | "extra"): boolean {
  return deviations[`${type}.${key}`]?.kind === kind;
}

describe("response schemas match the key sets Kimai's tests assert", () => {
  for (const [type, keys] of Object.entries(asserted)) {
    describe(type, () => {
      const schema = (): OpenApiObject => {
        const found = schemas[type];
        expect(found, `components/schemas/${type}.yaml is missing`).toBeDefined();
        return deref(found);
      };

      it("has exactly the asserted properties, all required", () => {
        const properties = Object.keys(schema().properties ?? {});
        const missing = Object.keys(keys).filter((key) => !properties.includes(key) && !excused(type, key, "missing"));
        const extra = properties.filter((key) => !(key in keys) && !excused(type, key, "extra"));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        const required = new Set<string>(schema().required ?? []);
        const notRequired = Object.keys(keys).filter(
          (key) => !required.has(key) && !excused(type, key, "missing") && !(`${type}.${key}` in sentOnlyToSomeUsers),
        );
        expect(notRequired, "asserted keys are always sent (but those of sentOnlyToSomeUsers), so they are required").toEqual([]);
      });

      it("allows null exactly where the asserted type does (`@`)", () => {
        const properties: OpenApiObject = schema().properties ?? {};
        const wrong = Object.entries(keys)
          .filter(([key]) => key in properties && deviations[`${type}.${key}`]?.kind !== "nullable")
          .filter(([key, kimaiType]) => typesOf(properties[key]).has("null") !== kimaiType.startsWith("@"))
          .map(([key, kimaiType]) => `${key}: ${kimaiType}`);
        expect(wrong).toEqual([]);
      });

      it("types each property as asserted", () => {
        const properties: OpenApiObject = schema().properties ?? {};
        const wrong = Object.entries(keys)
          .filter(([key]) => key in properties && deviations[`${type}.${key}`]?.kind !== "type")
          .filter(([key, kimaiType]) => !hasAssertedType(properties[key], kimaiType))
          .map(([key, kimaiType]) => `${key}: ${kimaiType} vs ${[...typesOf(properties[key])].join("|")}`);
        expect(wrong).toEqual([]);
      });
    });
  }

  it("lists a reason for every deviation, and only for properties that still deviate in that way", () => {
    const stale: string[] = [];
    for (const [key, { kind, reason }] of Object.entries(deviations)) {
      expect(reason.length, key).toBeGreaterThan(20);
      const [type = "", property = ""] = key.split(".");
      const kimaiType = asserted[type]?.[property];
      const ours: OpenApiObject | undefined = schemas[type] ? deref(schemas[type]).properties?.[property] : undefined;
      const deviates =
        kind === "missing"
          ? kimaiType !== undefined && ours === undefined
          : kind === "extra"
            ? kimaiType === undefined && ours !== undefined
            : kimaiType !== undefined &&
              ours !== undefined &&
              (kind === "nullable" ? typesOf(ours).has("null") !== kimaiType.startsWith("@") : !hasAssertedType(ours, kimaiType));
      if (!deviates) stale.push(`${key} (${kind})`);
    }
    expect(stale, "deviations that no longer deviate: remove them").toEqual([]);
  });

  it("has every property sent only to some users, not required", () => {
    const wrong = Object.keys(sentOnlyToSomeUsers).filter((key) => {
      const [type = "", property = ""] = key.split(".");
      const schema = schemas[type] ? deref(schemas[type]) : undefined;
      return (
        asserted[type]?.[property] === undefined || !schema?.properties?.[property] || (schema.required ?? []).includes(property)
      );
    });
    expect(wrong).toEqual([]);
  });
});

describe("query parameters as a validator without type coercion reads them (every query value is text)", () => {
  const userFilter = spec.operation("listTimesheets").parameters.find((parameter) => parameter.name === "user");

  it.each([
    ["2", true],
    ["all", true],
    [2, true],
    ["0", false],
    ["me", false],
  ])("the user filter of GET /api/timesheets: %j is %s", (value, valid) => {
    expect(userFilter?.pointer).toBeDefined();
    expect(spec.validate(`${userFilter?.pointer}/schema`, value).length === 0).toBe(valid);
  });
});
