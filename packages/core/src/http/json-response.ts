import type { Middleware } from "openapi-fetch";
import { DecodeError, describeOperation } from "../errors/punchclock-error.js";
import { bufferedBody } from "../transport/responses.js";
import {
  bodyDecodeError,
  decodedResponse,
  emptyResponse,
  isDecodedResponse,
  isUtf8,
  strictTextDecoder,
  textErrorResponse,
  withDecodedValue,
} from "./decoded-response.js";
import { type RequestContext, requestContextOf } from "./operations.js";

/** Options of {@link jsonResponseGuard}. */
export interface JsonResponseGuardOptions {
  /** Deepest nesting of arrays and objects accepted (default 64, as for XML). */
  maxDepth?: number;
  /** `"METHOD /path"` of operations whose success responses have no body (generated from the spec). */
  operationsWithoutBody?: readonly string[];
}

const JSON_CONTENT_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;
const DEFAULT_MAX_DEPTH = 64;

/**
 * Checks every successful response before openapi-fetch parses it, so a bad body is a typed
 * {@link DecodeError} naming the operation, never a bare `SyntaxError` or wrong data: the Content-Type must
 * be JSON, the bytes valid in its charset, the nesting bounded, the JSON well-formed, and a body present
 * where the spec promises one. Error responses pass through (their text ends up in `ApiError.rawBody`),
 * except that an error body nested deeper than `maxDepth` is handed over as text, not as a value.
 */
export function jsonResponseGuard(options: JsonResponseGuardOptions = {}): Middleware {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const withoutBody = new Set(options.operationsWithoutBody ?? []);
  return {
    async onResponse({ request, response, options: requestOptions }) {
      if (request.method === "HEAD" || response.status === 204 || response.status === 205) return undefined;
      if (!response.ok) return boundedErrorBody(response, maxDepth);
      // The caller asked for the body as a document (`parseAs: "blob"`, "text", ...): not ours to parse.
      if (requestOptions.parseAs !== "json") return undefined;
      const context = requestContextOf(request);
      const { operation } = context;
      const expectsBody = operation.operationId !== undefined && !withoutBody.has(`${operation.method} ${operation.path}`);
      if (isDecodedResponse(response)) return undefined;
      // The transport read the body already: parse its bytes and hand on the same response (one read, one
      // parse, no third Response). Any other response (a cache replay, another fetch) is read here.
      const buffered = bufferedBody(response);
      const bytes = buffered ?? new Uint8Array(await response.arrayBuffer());
      if (isBlank(bytes)) {
        if (expectsBody) {
          throw new DecodeError(
            "json",
            `${describeOperation(operation)} returned ${response.status} with an empty body, not JSON`,
            {
              ...context,
              status: response.status,
            },
          );
        }
        return emptyResponse(response);
      }
      const value = decodeJson(bytes, response, context, maxDepth);
      // The unread body of a buffered response is the caller's `text()`; it must be UTF-8 for that (the
      // charset Response.text() assumes), else the text goes into a new response, re-encoded.
      if (buffered && isUtf8(response.headers.get("Content-Type"))) return withDecodedValue(response, value.value);
      return decodedResponse(value.value, value.text, response);
    },
  };
}

/** Decodes a JSON body strictly; every failure is a {@link DecodeError}. */
export function decodeJson(
  bytes: Uint8Array,
  response: Response,
  context: RequestContext,
  maxDepth = DEFAULT_MAX_DEPTH,
): { value: unknown; text: string } {
  const contentType = response.headers.get("Content-Type") ?? "";
  const fail = (describe: (subject: string) => string, cause?: unknown): never => {
    const message = describe(describeOperation(context.operation));
    throw bodyDecodeError("json", message, response, bytes, context, cause);
  };
  if (!JSON_CONTENT_TYPE.test(contentType)) {
    fail(
      (subject) =>
        `${subject} returned ${response.status} with ${contentType ? `Content-Type "${contentType}"` : "no Content-Type"}, not JSON`,
    );
  }
  let text = "";
  try {
    text = strictTextDecoder(contentType, "json", context).decode(bytes);
  } catch (error) {
    fail((subject) => `${subject} returned a body that is not valid text in its charset`, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail((subject) => `${subject} returned malformed JSON: ${(error as Error).message}`, error);
  }
  // V8 parses any depth, but a deep value would overflow the stack of whatever walks it next
  // (JSON.stringify, structuredClone, the caller's own code), so it is refused here. Walking the parsed
  // value is ~10x faster than scanning the text (pnpm bench), and a body with no more brackets than
  // `maxDepth` (a single record, mostly) cannot nest deeper, so it is not walked at all.
  if (mayNestDeeperThan(bytes, maxDepth) && nestingExceeds(value, maxDepth)) {
    fail((subject) => `${subject} returned JSON nested deeper than ${maxDepth} levels`);
  }
  return { value, text };
}

/**
 * openapi-fetch parses any error body that is JSON, whatever its Content-Type, and `ApiError.body` is that
 * value: nested 100,000 levels deep, it would make `JSON.stringify(error)` throw a `RangeError` in every
 * logger that prints the error. Such a body is handed over as its text instead, as a body that is not
 * JSON is (`error` is the text, `ApiError.rawBody` its start). Other error responses pass unchanged.
 */
async function boundedErrorBody(response: Response, maxDepth: number): Promise<Response | undefined> {
  if (response.body === null || isDecodedResponse(response)) return undefined;
  const text = await response.clone().text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return nestingExceeds(value, maxDepth) ? textErrorResponse(text, response) : undefined;
}

/** Whether arrays and objects in `value` nest deeper than `maxDepth`; recursion stops at `maxDepth`. */
export function nestingExceeds(value: unknown, maxDepth: number): boolean {
  if (value === null || typeof value !== "object") return false;
  if (maxDepth === 0) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (nestingExceeds(item, maxDepth - 1)) return true;
    return false;
  }
  for (const key in value) if (nestingExceeds((value as Record<string, unknown>)[key], maxDepth - 1)) return true;
  return false;
}

/** Whether `bytes` hold more than `maxDepth` opening brackets (`{`, `[`); counted natively, stopping early. */
function mayNestDeeperThan(bytes: Uint8Array, maxDepth: number): boolean {
  let count = 0;
  for (const bracket of OPENING_BRACKETS) {
    for (let at = bytes.indexOf(bracket); at !== -1; at = bytes.indexOf(bracket, at + 1)) {
      if (++count > maxDepth) return true;
    }
  }
  return false;
}
const OPENING_BRACKETS = [0x7b, 0x5b];

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}
