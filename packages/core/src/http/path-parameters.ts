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

/** What a path template holds that no call can change: a dot segment of its own, and its placeholders. */
export interface PathTemplate {
  /** A dot segment in the template itself (a path built by string concatenation), if any. */
  readonly dotSegment: string | undefined;
  /** The parameter names: `/api/customers/{id}/rates/{rateId}` -> `["id", "rateId"]`. */
  readonly names: readonly string[];
}

/** Works out the {@link PathTemplate} of `schemaPath`, once per operation. */
export function pathTemplate(schemaPath: string): PathTemplate {
  const pathOnly = schemaPath.split(/[?#]/, 1)[0] ?? "";
  const dotSegment = pathOnly
    .split("/")
    .map(percentDecoded)
    .find((decoded) => decoded === "." || decoded === "..");
  const names = [...schemaPath.matchAll(PLACEHOLDER)].map((match) => (match[1] ?? "").replace(/^[.;]/, "").replace(/\*$/, ""));
  return { dotSegment, names };
}

/**
 * Why a call to `template` with these path parameters must not be sent (see {@link pathParameterProblem}),
 * as `[parameter, problem]`, or `undefined` when it can be. The client runtime asks before openapi-fetch
 * builds the request, and refuses with an `InvalidParameterError`.
 */
export function pathParameterRefusal(template: PathTemplate, params: unknown): [string, string] | undefined {
  if (template.dotSegment !== undefined) return ["", `the path holds a dot segment ("${template.dotSegment}")`];
  if (template.names.length === 0) return undefined;
  const values = (params as { path?: Record<string, unknown> } | undefined)?.path;
  for (const name of template.names) {
    const problem = pathParameterProblem(values?.[name]);
    if (problem !== undefined) return [name, `path parameter "${name}" ${problem}`];
  }
  return undefined;
}
