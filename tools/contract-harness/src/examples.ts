import type { ContractSpec, OpenApiObject, SpecOperation } from "./spec.js";
import { formatOfMediaType } from "./spec.js";

/** An example body of a response or request, as sent on the wire and as the JSON value it stands for. */
export interface SpecExample {
  readonly name: string;
  readonly mediaType: string;
  /** The body text (JSON text, or the XML document). */
  readonly text: string;
  /** The example's `value` (for XML: the document string). */
  readonly value: unknown;
}

/** The media types a response or request body declares, with their examples. */
export function examplesOf(spec: ContractSpec, content: OpenApiObject | undefined): SpecExample[] {
  const result: SpecExample[] = [];
  for (const [mediaType, media] of Object.entries<OpenApiObject>(content ?? {})) {
    const named: Array<[string, OpenApiObject]> = media.examples
      ? Object.entries<OpenApiObject>(media.examples).map(([name, example]) => [name, spec.resolve(example, "").object])
      : media.example !== undefined
        ? [["example", { value: media.example }]]
        : [];
    for (const [name, example] of named) {
      const value = example.value;
      const text =
        formatOfMediaType(mediaType) === "xml" || (typeof value === "string" && formatOfMediaType(mediaType) !== "json")
          ? String(value)
          : JSON.stringify(value);
      result.push({ name, mediaType, text, value });
    }
  }
  return result;
}

/** The resolved response object of an operation for a status. */
export function responseOf(spec: ContractSpec, operation: SpecOperation, status: number): OpenApiObject {
  const responses: OpenApiObject = operation.operation.responses ?? {};
  const raw = responses[String(status)];
  if (!raw) throw new Error(`${operation.operationId} declares no ${status} response`);
  return spec.resolve(raw, `${spec.operationPointer(operation)}/responses/${status}`).object;
}

/** The lowest 2xx status an operation declares (its success), or its lowest status when it has none. */
export function successStatusOf(operation: SpecOperation): number {
  const statuses = Object.keys(operation.operation.responses ?? {})
    .filter((key) => /^\d{3}$/.test(key))
    .map(Number)
    .sort((a, b) => a - b);
  const success = statuses.find((status) => status >= 200 && status < 300) ?? statuses[0];
  if (success === undefined) throw new Error(`${operation.operationId} declares no response status`);
  return success;
}

/** The JSON value of the first JSON example of a response, or undefined when it has no body. */
export function jsonExampleOf(spec: ContractSpec, operation: SpecOperation, status: number, name?: string): unknown {
  const examples = examplesOf(spec, responseOf(spec, operation, status).content).filter(
    (example) => formatOfMediaType(example.mediaType) === "json",
  );
  const example = name ? examples.find((candidate) => candidate.name === name) : examples[0];
  return example?.value;
}
