import { decodeRailsXml } from "@punchclock/core/xml";
import { type ListedOperation, listOperations, loadBundledSpec } from "@punchclock/generate/load-spec";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

// biome-ignore lint/suspicious/noExplicitAny: raw OpenAPI objects
export type OpenApiObject = Record<string, any>;

/** One operation of the spec, with what the harness needs to match and validate it. */
export interface SpecOperation extends ListedOperation {
  /** Matches a request path (after the server's base path) and captures the path parameters. */
  readonly pattern: RegExp;
  readonly pathParamNames: readonly string[];
  /** Literal characters of the template: more means more specific (`/customers/archived` beats `/customers/{id}`). */
  readonly specificity: number;
  /** Path-item and operation parameters, `$ref`s resolved, the operation's winning on name + location. */
  readonly parameters: readonly SpecParameter[];
}

/** A parameter with the JSON pointer of its (resolved) definition, for validating its schema. */
export interface SpecParameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: OpenApiObject | undefined;
  readonly pointer: string;
}

/** A schema validation problem, in the spec's words. */
export interface SchemaProblem {
  readonly where: string;
  readonly message: string;
}

const SCHEMA_ID = "https://punchclock.invalid/spec.json";

/** The kinds of body the harness understands. */
export type BodyFormat = "json" | "xml";

/** Which body format a media type is, or undefined for anything else. */
export function formatOfMediaType(mediaType: string): BodyFormat | undefined {
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (essence === "application/json" || essence.endsWith("+json")) return "json";
  if (essence === "application/xml" || essence === "text/xml" || essence.endsWith("+xml")) return "xml";
  return undefined;
}

/**
 * A bundled OpenAPI spec prepared for contract tests: operation lookup by method and URL, `$ref`
 * resolution, and JSON Schema (2020-12) validators for any schema in it.
 */
export class ContractSpec {
  readonly document: OpenApiObject;
  readonly operations: readonly SpecOperation[];
  readonly #ajv: Ajv2020;
  readonly #validators = new Map<string, ValidateFunction>();

  private constructor(document: OpenApiObject) {
    this.document = document;
    this.operations = listOperations(document).map((listed) => this.#prepare(listed));
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
    addFormats(this.#ajv);
    this.#ajv.addSchema({ ...document, $id: SCHEMA_ID });
  }

  /** Loads and bundles the spec at `specPath` (the root `openapi.yaml`). */
  static async load(specPath: string): Promise<ContractSpec> {
    return new ContractSpec(await loadBundledSpec(specPath));
  }

  /** The operation with this id; throws when the spec has none. */
  operation(operationId: string): SpecOperation {
    const found = this.operations.find((operation) => operation.operationId === operationId);
    if (!found) throw new Error(`The spec has no operation "${operationId}"`);
    return found;
  }

  /** The most specific operation for a method and a path (without the server's base path). */
  match(method: string, path: string): { operation: SpecOperation; pathParams: Record<string, string> } | undefined {
    const candidates = this.operations
      .filter((operation) => operation.method === method.toUpperCase())
      .map((operation) => ({ operation, match: operation.pattern.exec(path) }))
      .filter((candidate) => candidate.match !== null)
      .sort((a, b) => b.operation.specificity - a.operation.specificity);
    const best = candidates[0];
    if (!best?.match) return undefined;
    const pathParams: Record<string, string> = {};
    best.operation.pathParamNames.forEach((name, index) => {
      pathParams[name] = decodeURIComponent(best.match?.[index + 1] ?? "");
    });
    return { operation: best.operation, pathParams };
  }

  /** Follows a `$ref` (`#/components/...`) to the object and the JSON pointer where it lives. */
  resolve(object: OpenApiObject, pointer: string): { object: OpenApiObject; pointer: string } {
    let current = object;
    let at = pointer;
    for (let hops = 0; typeof current?.$ref === "string"; hops++) {
      if (hops > 20) throw new Error(`$ref cycle at ${pointer}`);
      at = current.$ref.replace(/^#/, "");
      current = this.at(at);
    }
    return { object: current, pointer: at };
  }

  /** The object at a JSON pointer of the document. */
  at(pointer: string): OpenApiObject {
    let current: OpenApiObject = this.document;
    for (const token of pointer.split("/").slice(1)) {
      current = current?.[token.replaceAll("~1", "/").replaceAll("~0", "~")];
    }
    if (current === undefined) throw new Error(`Nothing at ${pointer} in the spec`);
    return current;
  }

  /** Validates a value against the schema at a JSON pointer of the document. */
  validate(schemaPointer: string, value: unknown): SchemaProblem[] {
    let validator = this.#validators.get(schemaPointer);
    if (!validator) {
      validator = this.#ajv.compile({ $ref: `${SCHEMA_ID}#${encodePointer(schemaPointer)}` });
      this.#validators.set(schemaPointer, validator);
    }
    if (validator(value)) return [];
    return (validator.errors ?? []).map((error) => ({
      where: error.instancePath || "(root)",
      message: `${error.message ?? "is invalid"}${error.params && "allowedValues" in error.params ? ` ${JSON.stringify(error.params.allowedValues)}` : ""}${error.params && "additionalProperty" in error.params ? ` "${error.params.additionalProperty}"` : ""}`,
    }));
  }

  /**
   * Validates a body of a media type object (at `mediaTypePointer`): JSON against `schema`; XML, which the
   * specs describe as a string with `contentSchema`, by decoding it with the Rails XML codec and
   * validating the decoded value against `contentSchema`.
   */
  validateBody(mediaTypePointer: string, mediaType: string, body: string): { value: unknown; problems: SchemaProblem[] } {
    const format = formatOfMediaType(mediaType);
    const media = this.at(mediaTypePointer);
    // A document (PDF, HTML, XML without a Rails shape, ...) is a string of bytes: only its presence is checked.
    if (format === undefined || (format === "xml" && !media.schema?.contentSchema)) {
      const problems = body.length > 0 ? [] : [{ where: "(body)", message: "is empty, where the spec promises a document" }];
      return { value: body, problems };
    }
    let value: unknown;
    try {
      value = format === "xml" ? decodeRailsXml(body) : JSON.parse(body);
    } catch (error) {
      return {
        value: undefined,
        problems: [{ where: "(body)", message: `does not parse as ${format ?? mediaType}: ${(error as Error).message}` }],
      };
    }
    const schemaPointer =
      format === "xml" && media.schema?.contentSchema ? `${mediaTypePointer}/schema/contentSchema` : `${mediaTypePointer}/schema`;
    return { value, problems: this.validate(schemaPointer, value) };
  }

  #prepare(listed: ListedOperation): SpecOperation {
    const pathParamNames: string[] = [];
    let specificity = 0;
    const source = listed.path
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name) {
          pathParamNames.push(name);
          return "([^/]+?)";
        }
        specificity += part.length;
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    const pathPointer = `/paths/${escapePointerToken(listed.path)}`;
    const resolveAll = (parameters: OpenApiObject[] | undefined, base: string): SpecParameter[] =>
      (parameters ?? []).map((parameter, index) => {
        const { object, pointer } = this.resolve(parameter, `${base}/parameters/${index}`);
        return { name: object.name, in: object.in, required: object.required === true, schema: object.schema, pointer };
      });
    const fromPathItem = resolveAll(listed.pathItem.parameters, pathPointer);
    const fromOperation = resolveAll(listed.operation.parameters, `${pathPointer}/${listed.method.toLowerCase()}`);
    const key = (parameter: SpecParameter) => `${parameter.in}:${parameter.name}`;
    const overridden = new Set(fromOperation.map(key));
    const parameters = [...fromPathItem.filter((parameter) => !overridden.has(key(parameter))), ...fromOperation];
    return { ...listed, pattern: new RegExp(`^${source}$`), pathParamNames, specificity, parameters };
  }

  /** JSON pointer of an operation in the document. */
  operationPointer(operation: SpecOperation): string {
    return `/paths/${escapePointerToken(operation.path)}/${operation.method.toLowerCase()}`;
  }
}

/** Escapes one JSON pointer token (`/` -> `~1`, `~` -> `~0`). */
export function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

function encodePointer(pointer: string): string {
  return pointer
    .split("/")
    .map((token) => encodeURIComponent(token).replaceAll("%7E", "~"))
    .join("/");
}
