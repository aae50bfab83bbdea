import fc from "fast-check";
import type { ContractSpec, OpenApiObject } from "./spec.js";

/** Options of {@link arbitraryOf}. */
export interface ArbitraryOptions {
  /** Strings without a format or pattern (default `fc.string()`). */
  string?: fc.Arbitrary<string>;
  /** Most items generated for an array (default 4). */
  maxItems?: number;
}

/**
 * A fast-check arbitrary of every value the schema at `pointer` allows, read from the spec itself: new or
 * changed schemas are covered by the properties without touching a test. Covers what the specs use:
 * `$ref`, `allOf` (of objects), `oneOf`/`anyOf`, `enum`, `const`, type lists with `null`, objects with
 * `required`, `properties` and `minProperties`, arrays, strings (`format: date`/`date-time`, `pattern`, `minLength`),
 * integers, numbers and booleans. Anything else throws, so a schema the generator cannot honour is noticed.
 */
export function arbitraryOf(spec: ContractSpec, pointer: string, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const strings = options.string ?? fc.string();
  const maxItems = options.maxItems ?? 4;

  const build = (schema: OpenApiObject, at: string, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 20) throw new Error(`${at}: schema nests too deep to generate`);
    if (typeof schema.$ref === "string") {
      const { object, pointer: target } = spec.resolve(schema, at);
      return build(object, target, depth + 1);
    }
    if ("const" in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
    if (Array.isArray(schema.allOf)) return build(mergeAllOf(schema, at), at, depth + 1);
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(alternatives)) {
      return fc.oneof(
        ...alternatives.map((alternative: OpenApiObject, index: number) => build(alternative, `${at}/oneOf/${index}`, depth + 1)),
      );
    }
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type ?? inferType(schema, at)];
    return fc.oneof(...types.map((type) => byType(type, schema, at, depth)));
  };

  const byType = (type: string, schema: OpenApiObject, at: string, depth: number): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
        return fc.integer({ min: schema.minimum ?? Number.MIN_SAFE_INTEGER, max: schema.maximum ?? Number.MAX_SAFE_INTEGER });
      case "number":
        // Hundredths (mite's fractional cents): numbers JSON and a Rails XML `type="float"` both carry exactly.
        return fc
          .integer({ min: Math.ceil((schema.minimum ?? -1e12) * 100), max: Math.floor((schema.maximum ?? 1e12) * 100) })
          .map((hundredths) => hundredths / 100);
      case "string":
        return stringOf(schema, strings);
      case "array":
        return fc.array(build(schema.items ?? {}, `${at}/items`, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? maxItems, maxItems)),
        });
      case "object": {
        const properties: Record<string, OpenApiObject> = schema.properties ?? {};
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, property] of Object.entries(properties))
          model[name] = build(property, `${at}/properties/${name}`, depth + 1);
        const record = fc.record(model, { requiredKeys: (schema.required ?? []) as string[] });
        const minProperties: number = schema.minProperties ?? 0;
        return minProperties > 0 ? record.filter((value) => Object.keys(value).length >= minProperties) : record;
      }
      default:
        throw new Error(`${at}: cannot generate values of type "${type}"`);
    }
  };

  const mergeAllOf = (schema: OpenApiObject, at: string): OpenApiObject => {
    const merged: OpenApiObject = { type: "object", properties: {}, required: [] };
    for (const [index, part] of [schema, ...schema.allOf].entries()) {
      const resolved = part.$ref ? spec.resolve(part, `${at}/allOf/${index}`).object : part;
      const flat = Array.isArray(resolved.allOf) && resolved !== schema ? mergeAllOf(resolved, at) : resolved;
      Object.assign(merged.properties, flat.properties ?? {});
      merged.required.push(...(flat.required ?? []));
    }
    return merged;
  };

  return build(spec.at(pointer), pointer, 0);
}

function inferType(schema: OpenApiObject, at: string): string {
  if (schema.properties) return "object";
  if (schema.items) return "array";
  throw new Error(`${at}: schema without a type`);
}

function stringOf(schema: OpenApiObject, strings: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const dates = fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true });
  if (schema.format === "date-time") return dates.map((date) => date.toISOString().replace(/\.\d{3}Z$/, "+00:00"));
  if (schema.format === "date") return dates.map((date) => date.toISOString().slice(0, 10));
  if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
  const minLength: number = schema.minLength ?? 0;
  return minLength > 0 ? strings.filter((text) => [...text].length >= minLength) : strings;
}
