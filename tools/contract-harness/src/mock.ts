import nock from "nock";
import { examplesOf, responseOf, successStatusOf } from "./examples.js";
import { type ContractSpec, formatOfMediaType, type OpenApiObject } from "./spec.js";
import { checkRequest, checkResponse, type RecordedRequest } from "./validate.js";

/** Something the harness found wrong: the request a client sent, or a response the mock was told to send. */
export interface Violation {
  readonly kind: "request" | "response";
  /** The operation the request was meant for. */
  readonly operationId: string;
  readonly message: string;
}

/** How the mock answers one expected request. */
export interface MockReply {
  /** Status to answer with (default: the operation's success status). */
  status: number;
  /** Name of the spec example to send (default: the first one of the chosen media type). */
  example?: string;
  /** A body to send instead of an example: a value (sent as JSON) or raw text. Validated like any other. */
  body?: unknown;
  /** Response media type (default: the first declared one the request's `Accept` allows). */
  mediaType?: string;
  /** Extra response headers. */
  headers?: Record<string, string>;
}

/** A request the mock answered. */
export interface MockCall {
  /** The operation the request matched in the spec (undefined when it matched none). */
  readonly operationId: string | undefined;
  readonly request: RecordedRequest;
  readonly status: number;
}

/**
 * A nock-backed fake of an API that only answers what the spec allows. Each `respond()` expects one
 * request: the request is validated against the spec (violations are recorded, never silently
 * accepted), and the reply comes from the spec's examples in the format the client asked for.
 */
export class MockApi {
  readonly violations: Violation[] = [];
  readonly calls: MockCall[] = [];
  readonly #spec: ContractSpec;
  readonly #origin: string;
  readonly #basePath: string;
  readonly #scope: nock.Scope;

  constructor(spec: ContractSpec, baseUrl: string) {
    const url = new URL(baseUrl);
    this.#spec = spec;
    this.#origin = url.origin;
    this.#basePath = url.pathname.replace(/\/$/, "");
    this.#scope = nock(this.#origin);
  }

  /** Expects one request for `operationId` and answers it as `reply` says. */
  respond(operationId: string, reply: Partial<MockReply> = {}): this {
    const operation = this.#spec.operation(operationId);
    // nock 15 hands the reply function the intercepted fetch Request (a one-parameter function).
    this.#scope
      .intercept(() => true, operation.method)
      .reply(async (intercepted: Request) => {
        const text = await intercepted.text();
        const request: RecordedRequest = {
          method: intercepted.method.toUpperCase(),
          url: new URL(intercepted.url),
          headers: Object.fromEntries([...intercepted.headers].map(([name, value]) => [name.toLowerCase(), value])),
          body: text === "" ? undefined : text,
        };
        const checked = checkRequest(this.#spec, this.#basePath, request);
        for (const message of checked.problems) this.violations.push({ kind: "request", operationId, message });
        if (checked.operation && checked.operation.operationId !== operationId) {
          this.violations.push({
            kind: "request",
            operationId,
            message: `expected ${operationId}, got ${checked.operation.operationId}`,
          });
        }
        const answer = this.#answer(operationId, reply, request);
        this.calls.push({ operationId: checked.operation?.operationId, request, status: answer.status });
        return [answer.status, answer.body ?? "", answer.headers];
      });
    return this;
  }

  /** Throws when a request broke the spec, a reply broke its schema, or an expected request never came. */
  assertClean(): void {
    const problems = this.violations.map((violation) => `${violation.kind} of ${violation.operationId}: ${violation.message}`);
    if (!this.#scope.isDone()) problems.push(`expected requests never came: ${this.#scope.pendingMocks().join(", ")}`);
    if (problems.length > 0) throw new Error(`Contract violations:\n- ${problems.join("\n- ")}`);
  }

  /** Removes the interceptors that were not used. */
  dispose(): void {
    nock.cleanAll();
  }

  #answer(operationId: string, reply: Partial<MockReply>, request: RecordedRequest) {
    const operation = this.#spec.operation(operationId);
    const status = reply.status ?? successStatusOf(operation);
    const declared = String(status) in (operation.operation.responses ?? {});
    // An undeclared status is still sent, so the client's handling can be tested; checkResponse flags it.
    const response: OpenApiObject = declared ? responseOf(this.#spec, operation, status) : {};
    const headers: Record<string, string> = {};
    for (const [name, raw] of Object.entries<OpenApiObject>(response.headers ?? {})) {
      // Headers may be `$ref`s to components/headers.
      const header = this.#spec.resolve(raw, "").object;
      const example = header.example ?? header.schema?.example;
      if (example !== undefined) headers[name] = String(example);
    }
    let body: string | undefined;
    if (reply.body !== undefined || response.content) {
      const mediaType = reply.mediaType ?? pickMediaType(Object.keys(response.content ?? {}), request.headers.accept);
      if (mediaType)
        headers["Content-Type"] = formatOfMediaType(mediaType) === "json" ? `${mediaType}; charset=utf-8` : mediaType;
      if (reply.body !== undefined) {
        body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
      } else {
        const examples = examplesOf(this.#spec, response.content).filter((example) => example.mediaType === mediaType);
        const example = reply.example ? examples.find((candidate) => candidate.name === reply.example) : examples[0];
        if (!example)
          throw new Error(
            `${operationId} has no ${mediaType} example${reply.example ? ` "${reply.example}"` : ""} for ${status}`,
          );
        body = example.text;
      }
    }
    Object.assign(headers, reply.headers);
    for (const message of checkResponse(this.#spec, operation, status, lowerCaseHeaders(headers), body)) {
      this.violations.push({ kind: "response", operationId, message });
    }
    return { status, body, headers };
  }
}

function lowerCaseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) result[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return result;
}

/** The first declared media type the Accept header allows (the first declared one without Accept). */
function pickMediaType(declared: string[], accept: string | undefined): string | undefined {
  if (!accept) return declared[0];
  const accepted = accept.split(",").map((part) => part.split(";")[0]?.trim().toLowerCase() ?? "");
  return (
    declared.find((type) => accepted.includes(type.toLowerCase())) ??
    declared.find((type) =>
      accepted.some((range) => range === "*/*" || (range.endsWith("/*") && type.startsWith(range.slice(0, -1)))),
    ) ??
    declared[0]
  );
}
