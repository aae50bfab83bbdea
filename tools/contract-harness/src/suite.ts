import { unwrap } from "@punchclock/core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { examplesOf, jsonExampleOf, responseOf, successStatusOf } from "./examples.js";
import { MockApi, type MockCall } from "./mock.js";
import { ContractSpec, formatOfMediaType } from "./spec.js";
import type { RecordedRequest } from "./validate.js";

/** What a client call returns (openapi-fetch's result). */
export interface CallResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** One contract test: a call of the generated client and the reply the mock gives it. */
export interface ContractCase<Client> {
  /** The spec operation this case covers. */
  readonly operationId: string;
  /** Tells several cases of one operation apart. */
  readonly name?: string;
  /** The status the mock answers with (default: the operation's success status). */
  readonly status?: number;
  /** The spec example the mock answers with (default: the first). */
  readonly example?: string;
  /**
   * The media type the mock answers with, whatever the request's `Accept` says (default: the first declared
   * one `Accept` allows). For servers that ignore `Accept`, such as Kimai's document download.
   */
  readonly mediaType?: string;
  /** Calls the client the way a user would. */
  call(client: Client): Promise<CallResult>;
  /**
   * Assertions beyond "the result equals the spec's JSON example". `sent` is the request as the mock received
   * it (method, URL with its query string, lower-case headers, body), for checks of the wire format.
   */
  check?(result: CallResult, expected: unknown, sent: RecordedRequest): void | Promise<void>;
}

/** A set of contract tests of one client against one spec. */
export interface ContractSuite<Client> {
  /** Absolute path of the spec's root `openapi.yaml`. */
  readonly spec: string;
  /** The server URL the client is created with (the mock intercepts it). */
  readonly baseUrl: string;
  /** Creates the client under test, pointed at `baseUrl`. */
  createClient(baseUrl: string): Client;
  readonly cases: readonly ContractCase<Client>[];
  /** Whether this suite must cover every operation (default true; false for a variant run on a subset). */
  readonly coverage?: boolean;
}

/**
 * Registers the contract tests of a suite with vitest. Every case: the mock expects exactly that
 * operation, validates the request the client sends against the spec, answers with the spec's example in
 * the format the client asked for, and the decoded result must equal the spec's JSON example (so XML and
 * JSON give the same values). A last test fails when an operation of the spec has no case.
 */
export function describeContract<Client>(title: string, suite: ContractSuite<Client>): void {
  describe(title, () => {
    let spec: ContractSpec;
    let mock: MockApi | undefined;
    beforeAll(async () => {
      spec = await ContractSpec.load(suite.spec);
    });
    afterEach(() => mock?.dispose());

    for (const contractCase of suite.cases) {
      const label = `${contractCase.operationId}${contractCase.name ? ` (${contractCase.name})` : ""}${contractCase.status ? ` -> ${contractCase.status}` : ""}`;
      it(label, async () => {
        const operation = spec.operation(contractCase.operationId);
        const status = contractCase.status ?? successStatusOf(operation);
        mock = new MockApi(spec, suite.baseUrl).respond(contractCase.operationId, {
          status,
          ...(contractCase.example ? { example: contractCase.example } : {}),
          ...(contractCase.mediaType ? { mediaType: contractCase.mediaType } : {}),
        });
        const result = await contractCase.call(suite.createClient(suite.baseUrl));
        mock.assertClean();
        expect(mock.calls.map((call) => call.operationId)).toEqual([contractCase.operationId]);
        const sentRequest = (mock.calls[0] as MockCall).request;
        expect(result.response.status).toBe(status);
        if (contractCase.mediaType && formatOfMediaType(contractCase.mediaType) !== "json") {
          // A document: the bytes the client hands over are the example's, whether as Blob, text or buffer.
          const example = examplesOf(spec, responseOf(spec, operation, status).content).find(
            (example) =>
              example.mediaType === contractCase.mediaType && (!contractCase.example || example.name === contractCase.example),
          );
          expect(await textOf(result.data)).toBe(example?.text);
          await contractCase.check?.(result, example?.text, sentRequest);
          return;
        }
        const expected = jsonExampleOf(spec, operation, status, contractCase.example);
        if (status < 400) {
          expect(result.data).toEqual(expected);
        } else {
          expect(result.error).toEqual(expected);
        }
        await contractCase.check?.(result, expected, sentRequest);
      });
    }

    it.runIf(suite.coverage !== false)("has a contract test for every operation of the spec", () => {
      const tested = new Set(suite.cases.map((contractCase) => contractCase.operationId));
      const untested = spec.operations.map((operation) => operation.operationId).filter((id) => !tested.has(id));
      expect(untested, "operations without a contract test").toEqual([]);
      const unknown = [...tested].filter((id) => !spec.operations.some((operation) => operation.operationId === id));
      expect(unknown, "cases for operations the spec does not have").toEqual([]);
    });
  });
}

/** The text of a body as openapi-fetch hands it over for `parseAs` other than JSON. */
async function textOf(data: unknown): Promise<string | undefined> {
  if (typeof data === "string") return data;
  if (data instanceof Blob) return data.text();
  if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
  return undefined;
}

/** What `unwrap()` of a result throws, or its data when it does not throw: for checks of error cases. */
export async function errorOf(result: CallResult): Promise<unknown> {
  return unwrap(result).catch((error: unknown) => error);
}
