import type { ContractSpec, OpenApiObject, SpecOperation, SpecParameter } from "./spec.js";

/** A request as it reached the wire. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

/** What the harness found wrong with a request. */
export interface RequestCheck {
  readonly operation: SpecOperation | undefined;
  readonly problems: string[];
}

/**
 * Checks a request against the spec: that some operation has this method and path, then its path and
 * query parameters (types, enums, required, nothing undeclared), its credentials (one security
 * requirement fully met) and its body (content type and schema, JSON or Rails XML).
 */
export function checkRequest(spec: ContractSpec, basePath: string, request: RecordedRequest): RequestCheck {
  const path = request.url.pathname.startsWith(basePath)
    ? request.url.pathname.slice(basePath.length) || "/"
    : request.url.pathname;
  const matched = spec.match(request.method, path);
  if (!matched) return { operation: undefined, problems: [`no operation of the spec is ${request.method} ${path}`] };
  const { operation, pathParams } = matched;
  const problems: string[] = [];
  const securityQueryNames = securitySchemesOf(spec, operation)
    .flat()
    .filter((scheme) => scheme.type === "apiKey" && scheme.in === "query")
    .map((scheme) => scheme.name as string);

  for (const parameter of operation.parameters) {
    if (parameter.in === "path") {
      problems.push(...checkValue(spec, parameter, [pathParams[parameter.name] ?? ""]));
    } else if (parameter.in === "query") {
      const values = request.url.searchParams.getAll(parameter.name);
      if (values.length === 0) {
        if (parameter.required) problems.push(`query parameter "${parameter.name}" is required`);
      } else {
        problems.push(...checkValue(spec, parameter, values));
      }
    } else if (parameter.in === "header") {
      const value = request.headers[parameter.name.toLowerCase()];
      if (value === undefined) {
        if (parameter.required) problems.push(`header "${parameter.name}" is required`);
      } else {
        problems.push(...checkValue(spec, parameter, [value]));
      }
    }
  }
  const declaredQuery = new Set(operation.parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of new Set(request.url.searchParams.keys())) {
    if (!declaredQuery.has(name) && !securityQueryNames.includes(name))
      problems.push(`query parameter "${name}" is not in the spec`);
  }
  problems.push(...checkSecurity(spec, operation, request));
  problems.push(...checkRequestBody(spec, operation, request));
  return { operation, problems };
}

function checkValue(spec: ContractSpec, parameter: SpecParameter, raw: string[]): string[] {
  if (!parameter.schema) return [];
  const schema = spec.resolve(parameter.schema, `${parameter.pointer}/schema`).object;
  const problemsOf = (value: unknown) =>
    spec
      .validate(`${parameter.pointer}/schema`, value)
      .map(
        (problem) =>
          `${parameter.in} parameter "${parameter.name}" = ${JSON.stringify(raw.length > 1 ? raw : raw[0])} ${problem.message}`,
      );
  const list = isCommaList(spec, parameter) ? arrayAlternativeOf(spec, schema) : undefined;
  if (list) {
    // A comma list (`style: form, explode: false`: `project_id=3,4`) is one value on the wire: each item is
    // read as the type of the list's `items` and validated, not only the text as a whole.
    const items = (raw[0] ?? "").split(",");
    const itemTypes = list.items ? typesOf(spec.resolve(list.items, "").object) : [];
    const problems = problemsOf(items.map((item) => coerce(item, itemTypes)));
    // A single item may instead be the scalar the schema allows besides the list (`user_id=current`).
    if (problems.length === 0 || items.length !== 1) return problems;
    return problemsOf(coerce(items[0] ?? "", allTypesOf(spec, schema))).length === 0 ? [] : problems;
  }
  const types = typesOf(schema);
  // Array items (PHP-style `projects[]=1&projects[]=2`) are read as the type their `items` schema asks for.
  const itemTypes = schema.items ? typesOf(spec.resolve(schema.items, "").object) : types;
  const value = types.includes("array") ? raw.map((item) => coerce(item, itemTypes)) : coerce(raw[0] ?? "", types);
  return problemsOf(value);
}

/** A query parameter sent as one comma-separated value: `style: form` (the default) with `explode: false`. */
function isCommaList(spec: ContractSpec, parameter: SpecParameter): boolean {
  if (parameter.in !== "query") return false;
  const definition = spec.at(parameter.pointer);
  return (definition.style ?? "form") === "form" && definition.explode === false;
}

/** The schema when it is an array, else its array alternative under `oneOf`/`anyOf` (`$ref`s followed). */
function arrayAlternativeOf(spec: ContractSpec, schema: OpenApiObject, depth = 0): OpenApiObject | undefined {
  const resolved = spec.resolve(schema, "").object;
  if (typesOf(resolved).includes("array")) return resolved;
  if (depth > 10) return undefined;
  for (const alternative of [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) {
    const found = arrayAlternativeOf(spec, alternative, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The types of a schema and of its `oneOf`/`anyOf` alternatives (`const` included). */
function allTypesOf(spec: ContractSpec, schema: OpenApiObject, depth = 0): string[] {
  const resolved = spec.resolve(schema, "").object;
  const own = "const" in resolved ? [typeof resolved.const === "number" ? "number" : typeof resolved.const] : typesOf(resolved);
  if (depth > 10) return own;
  const alternatives = [...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])];
  return [...new Set([...own, ...alternatives.flatMap((alternative) => allTypesOf(spec, alternative, depth + 1))])];
}

function typesOf(schema: OpenApiObject): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.enum))
    return [...new Set(schema.enum.map((value: unknown) => (typeof value === "number" ? "number" : typeof value)))];
  return [];
}

/** Reads a parameter's text as the type its schema asks for; leaves it a string when it is not one. */
function coerce(raw: string, types: string[]): unknown {
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

/** The security requirements that apply, each as the list of its schemes. */
function securitySchemesOf(spec: ContractSpec, operation: SpecOperation): OpenApiObject[][] {
  const requirements: OpenApiObject[] = operation.operation.security ?? spec.document.security ?? [];
  const schemes = spec.document.components?.securitySchemes ?? {};
  return requirements.map((requirement) =>
    Object.keys(requirement).map((name) => ({
      ...spec.resolve(schemes[name], `/components/securitySchemes/${name}`).object,
      key: name,
    })),
  );
}

function checkSecurity(spec: ContractSpec, operation: SpecOperation, request: RecordedRequest): string[] {
  const requirements = securitySchemesOf(spec, operation);
  if (requirements.length === 0 || requirements.some((schemes) => schemes.length === 0)) return [];
  const met = (scheme: OpenApiObject): boolean => {
    const authorization = request.headers.authorization ?? "";
    if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") return /^Bearer \S+$/.test(authorization);
    if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") return /^Basic [A-Za-z0-9+/]+=*$/.test(authorization);
    if (scheme.type === "apiKey" && scheme.in === "header") return Boolean(request.headers[String(scheme.name).toLowerCase()]);
    if (scheme.type === "apiKey" && scheme.in === "query") return Boolean(request.url.searchParams.get(scheme.name));
    return false;
  };
  if (requirements.some((schemes) => schemes.every(met))) return [];
  const options = requirements.map((schemes) => schemes.map((scheme) => scheme.key).join(" + ")).join(" | ");
  return [`no credentials for any security requirement (${options})`];
}

function checkRequestBody(spec: ContractSpec, operation: SpecOperation, request: RecordedRequest): string[] {
  const base = spec.operationPointer(operation);
  const hasBody = request.body !== undefined && request.body !== "";
  if (!operation.operation.requestBody) return hasBody ? ["sends a body, but the operation takes none"] : [];
  const { object: requestBody, pointer } = spec.resolve(operation.operation.requestBody, `${base}/requestBody`);
  if (!hasBody) return requestBody.required ? ["the request body is required"] : [];
  const contentType = request.headers["content-type"] ?? "";
  const mediaType = Object.keys(requestBody.content ?? {}).find((type) => sameEssence(type, contentType));
  if (!mediaType) return [`Content-Type "${contentType}" is not one of ${Object.keys(requestBody.content ?? {}).join(", ")}`];
  const { problems } = spec.validateBody(`${pointer}/content/${mediaType.replaceAll("/", "~1")}`, mediaType, request.body ?? "");
  return problems.map((problem) => `request body ${problem.where} ${problem.message}`);
}

/** Checks a response the mock sends against the operation's declared responses. */
export function checkResponse(
  spec: ContractSpec,
  operation: SpecOperation,
  status: number,
  headers: Readonly<Record<string, string>>,
  body: string | undefined,
): string[] {
  const responses: OpenApiObject = operation.operation.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((candidate) => candidate in responses);
  if (!key) return [`status ${status} is not a response of ${operation.operationId}`];
  const { object: response, pointer } = spec.resolve(responses[key], `${spec.operationPointer(operation)}/responses/${key}`);
  const problems: string[] = [];
  for (const [name, raw] of Object.entries<OpenApiObject>(response.headers ?? {})) {
    const header = spec.resolve(raw, "").object;
    if (header.required && headers[name.toLowerCase()] === undefined) problems.push(`header ${name} is required`);
  }
  const hasBody = body !== undefined && body !== "";
  if (!response.content) return hasBody ? [...problems, `status ${status} has no body in the spec`] : problems;
  if (!hasBody) return [...problems, `status ${status} needs a body`];
  const contentType = headers["content-type"] ?? "";
  const mediaType = Object.keys(response.content).find((type) => sameEssence(type, contentType));
  if (!mediaType) return [...problems, `Content-Type "${contentType}" is not one of ${Object.keys(response.content).join(", ")}`];
  const checked = spec.validateBody(`${pointer}/content/${mediaType.replaceAll("/", "~1")}`, mediaType, body ?? "");
  return [...problems, ...checked.problems.map((problem) => `response body ${problem.where} ${problem.message}`)];
}

function sameEssence(declared: string, actual: string): boolean {
  const essence = (type: string) => type.split(";")[0]?.trim().toLowerCase();
  return essence(declared) === essence(actual);
}
