import type { Middleware } from "openapi-fetch";
import { InvalidParameterError } from "../errors/invalid-parameter-error.js";
import { describeOperation, type OperationInfo } from "../errors/punchclock-error.js";
import { patternRedactor, type Redactor } from "../redaction/redactor.js";
import type { OperationTable } from "./operations.js";

/** `{id}`, `{.id}`, `{;id}`, `{id*}`: the placeholders openapi-fetch fills in. */
const PLACEHOLDER = /\{([^{}]+)\}/g;
/** Characters that end a path segment (`/`, and `\` for URL parsers of http(s)), or the path (`?`, `#`). */
const SEPARATOR = /[/\\?#]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Each percent-decoding of a value is checked too: servers and proxies that decode twice exist. */
const MAX_DECODINGS = 4;

/**
 * Why a path parameter value cannot be sent, or `undefined` when it can. The value must stay inside its own
 * path segment whatever decodes it: openapi-fetch leaves `.` unencoded, so `..` is resolved away by URL
 * parsing (`DELETE /customers/7/rates/..` becomes `DELETE /customers/7/`), and percent-encoding would not
 * help (`%2e%2e` is a dot segment too), so such values are refused, never rewritten.
 */
export function pathParameterProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return "is missing";
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `is not a finite number (${value})`;
  if (typeof value === "bigint" || typeof value === "boolean") return undefined;
  if (typeof value !== "string") return `is ${Array.isArray(value) ? "an array" : `a ${typeof value}`}, not a string or a number`;
  if (value === "") return "is empty, which would drop its path segment";
  let form = value;
  for (let decodings = 0; ; decodings++) {
    const decoded = decodings > 0 ? " when percent-decoded" : "";
    if (form === "." || form === "..") {
      return `is${decoded} "${form}", a dot segment, which would send the request to another path`;
    }
    const separator = SEPARATOR.exec(form)?.[0];
    if (separator !== undefined) return `contains${decoded} "${separator}", which would end its path segment`;
    if (CONTROL.test(form)) return `contains${decoded} a control character`;
    const next = percentDecoded(form);
    if (next === form || decodings >= MAX_DECODINGS) return undefined;
    form = next;
  }
}

/** Decodes every valid `%XX`, leaving malformed ones as they are (as lenient server decoders do). */
function percentDecoded(text: string): string {
  return text.includes("%")
    ? text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

/** The parameter names of a path template: `/api/customers/{id}/rates/{rateId}` -> `["id", "rateId"]`. */
function placeholderNames(schemaPath: string): string[] {
  return [...schemaPath.matchAll(PLACEHOLDER)].map((match) => (match[1] ?? "").replace(/^[.;]/, "").replace(/\*$/, ""));
}

/**
 * Refuses, with an {@link InvalidParameterError} and before anything is sent, a request whose path
 * parameters would not stay in their own segments (see {@link pathParameterProblem}), or whose path
 * template itself holds a dot segment (a path built by string concatenation). Every client runtime
 * installs it first.
 */
export function pathParameterGuard(table: OperationTable, redactor: Redactor = patternRedactor): Middleware {
  // What a call cannot change is worked out once per operation: its template's dot segment and placeholders.
  const templates = new Map<string, { operation: OperationInfo; dotSegment: string | undefined; names: string[] }>();
  const templateOf = (method: string, schemaPath: string) => {
    const key = `${method} ${schemaPath}`;
    let template = templates.get(key);
    if (!template) {
      const pathOnly = schemaPath.split(/[?#]/, 1)[0] ?? "";
      const dotSegment = pathOnly
        .split("/")
        .map(percentDecoded)
        .find((decoded) => decoded === "." || decoded === "..");
      const operation = Object.freeze({ method, path: schemaPath, operationId: table[key] });
      template = { operation, dotSegment, names: placeholderNames(schemaPath) };
      // Templates are the spec's, but a caller can build them (`client.GET(`/api/x/${id}`)`): bounded.
      if (templates.size < MAX_TEMPLATES) templates.set(key, template);
    }
    return template;
  };
  return {
    onRequest({ request, schemaPath, params }) {
      const { operation, dotSegment, names } = templateOf(request.method.toUpperCase(), schemaPath);
      const refuse = (parameter: string, problem: string): never => {
        throw new InvalidParameterError(`${describeOperation(operation)}: ${problem}; the request was not sent`, {
          operation,
          redactor,
          parameter,
        });
      };
      if (dotSegment !== undefined) refuse("", `the path holds a dot segment ("${dotSegment}")`);
      const values = (params as { path?: Record<string, unknown> } | undefined)?.path;
      for (const name of names) {
        const problem = pathParameterProblem(values?.[name]);
        if (problem !== undefined) refuse(name, `path parameter "${name}" ${problem}`);
      }
      return undefined;
    },
  };
}

const MAX_TEMPLATES = 1000;
