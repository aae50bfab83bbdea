import { DecodeError, describeOperation, wholeForMessage } from "../errors/punchclock-error.js";
import { bufferedBody } from "../transport/responses.js";
import {
  bodyDecodeError,
  decodedResponse,
  emptyResponse,
  isDecodedResponse,
  isUtf8,
  lenientTextDecoder,
  namesOneMediaType,
  strictTextDecoder,
  textErrorResponse,
  withDecodedValue,
} from "./decoded-response.js";
import type { RequestContext } from "./operations.js";

/** What the JSON guard needs to know of a call besides its response. */
export interface JsonGuardCall {
  readonly context: RequestContext;
  /** openapi-fetch's `parseAs` of the call: only bodies it parses as JSON are checked. */
  readonly parseAs: string;
  /** Whether the spec promises a body for the operation's success responses. */
  readonly expectsBody: boolean;
}

const JSON_CONTENT_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|,|$)/i;
/** Deepest nesting of arrays and objects accepted in a JSON body, as for XML. */
export const MAX_JSON_DEPTH = 64;

/**
 * Checks every successful response of a client before openapi-fetch parses it, so a bad body is a typed
 * {@link DecodeError} naming the operation, never a bare `SyntaxError` or wrong data: the Content-Type must
 * be JSON, the bytes valid in its charset, the nesting bounded, the JSON well-formed, and a body present
 * where the spec promises one. The value goes to openapi-fetch in the same response (one read, one parse).
 * Error responses pass through (their text ends up in `ApiError.rawBody`), except that an error body nested
 * deeper than {@link MAX_JSON_DEPTH} is handed over as text, not as a value.
 */
export function guardJsonResponse(response: Response, method: string, call: JsonGuardCall): Response | Promise<Response> {
  if (method === "HEAD") return response;
  const { status } = response;
  if (status === 204 || status === 205) {
    // "No content" where the spec promises a body is no more data than an empty 200 is (no operation of
    // either spec answers some successes with a body and others without).
    if (!call.expectsBody || call.parseAs !== "json") return response;
    throw new DecodeError("json", `${describeOperation(call.context.operation)} returned ${status} without a body, not JSON`, {
      ...call.context,
      status,
    });
  }
  if (!response.ok) return boundedErrorBody(response, MAX_JSON_DEPTH);
  // The caller asked for the body as a document (`parseAs: "blob"`, "text", ...): not ours to parse.
  if (call.parseAs !== "json" || isDecodedResponse(response)) return response;
  // The transport read the body already: its bytes are parsed and the same response handed on. Any other
  // response (a cache replay) is read here.
  const buffered = bufferedBody(response);
  return buffered ? guardBytes(response, buffered, true, call) : readAndGuard(response, call);
}

async function readAndGuard(response: Response, call: JsonGuardCall): Promise<Response> {
  return guardBytes(response, new Uint8Array(await response.arrayBuffer()), false, call);
}

function guardBytes(response: Response, bytes: Uint8Array, buffered: boolean, call: JsonGuardCall): Response {
  const { context } = call;
  if (isBlank(bytes)) {
    if (call.expectsBody) {
      throw new DecodeError(
        "json",
        `${describeOperation(context.operation)} returned ${response.status} with an empty body, not JSON`,
        { ...context, status: response.status },
      );
    }
    return emptyResponse(response);
  }
  const contentType = response.headers.get("Content-Type") ?? "";
  const text = jsonText(bytes, contentType, response, context);
  const value = parseJson(text, bytes, response, context, MAX_JSON_DEPTH);
  // The unread body of a buffered response is the caller's `text()`; it must be UTF-8 for that (the
  // charset Response.text() assumes), else the text goes into a new response, re-encoded.
  if (buffered && isUtf8(contentType)) return withDecodedValue(response, value);
  return decodedResponse(value, text, response);
}

/** Decodes a JSON body strictly; every failure is a {@link DecodeError}. */
export function decodeJson(
  bytes: Uint8Array,
  response: Response,
  context: RequestContext,
  maxDepth = MAX_JSON_DEPTH,
): { value: unknown; text: string } {
  const text = jsonText(bytes, response.headers.get("Content-Type") ?? "", response, context);
  return { value: parseJson(text, bytes, response, context, maxDepth), text };
}

/** The text of a JSON body: its Content-Type must be JSON, its bytes valid in the charset. */
function jsonText(bytes: Uint8Array, contentType: string, response: Response, context: RequestContext): string {
  if (!JSON_CONTENT_TYPE.test(contentType) || !namesOneMediaType(contentType)) {
    const what = contentType ? `Content-Type "${contentType}"` : "no Content-Type";
    throw decodeError(`returned ${response.status} with ${what}, not JSON`, response, bytes, context);
  }
  try {
    return strictTextDecoder(contentType, "json", context).decode(bytes);
  } catch (error) {
    throw decodeError("returned a body that is not valid text in its charset", response, bytes, context, error);
  }
}

/** The value of a JSON text, nested no deeper than `maxDepth`, every number as it was written. */
function parseJson(text: string, bytes: Uint8Array, response: Response, context: RequestContext, maxDepth: number): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text around the fault, cut anywhere: inside a secret the server echoed, the
    // redactor would no longer recognise what is left of it. Neither the message nor the cause keeps it, nor
    // any other quote (JavaScriptCore's `Unexpected identifier "tok3n"` stops at a dash).
    const stripped = String((error as Error).message).replace(/,? ?(?:\.\.\.)?".*" ?(?:\.\.\.)? is not valid JSON$/s, "");
    const fault = stripped === "" || stripped.includes('"') ? "not valid JSON" : stripped;
    throw decodeError(`returned malformed JSON: ${fault}`, response, bytes, context, new SyntaxError(fault));
  }
  // One walk of the parsed value finds both things JSON.parse lets through. A deep value would overflow the
  // stack of whatever walks it next (JSON.stringify, structuredClone, the caller's own code). A number past
  // 2^53 may have been rounded (an id would name another record), or be Infinity ("1e999"). Walking the
  // value is ~10x faster than scanning the text (pnpm bench); a regular expression over the digits of a list
  // of 50 Kimai customers took 36 us, the walk 7. The text is scanned only once the walk found such a number.
  let found = unsafeJson(value, maxDepth);
  if (typeof found === "number") {
    const literal = lossyNumberIn(text);
    if (literal !== undefined) {
      // Quoted as sent (whole, so the redactor still finds a secret the server echoed), never as rounded.
      const whole = wholeForMessage(literal);
      const quoted = whole === undefined ? `a number of ${literal.length} characters` : `the number ${whole}`;
      throw decodeError(`returned ${quoted}, which a JavaScript number cannot hold exactly`, response, bytes, context);
    }
    found = unsafeJson(value, maxDepth, false); // only large floats, held as sent: the depth is still to check
  }
  if (found === TOO_DEEP) {
    throw decodeError(`returned JSON nested deeper than ${maxDepth} levels`, response, bytes, context);
  }
  return value;
}

/**
 * The first number in a JSON text that JSON.parse did not keep as written: an integer past 2^53 (rounded) or
 * a number out of range (Infinity). A large float such as `1e300` is kept, as the XML decoder keeps one.
 */
function lossyNumberIn(text: string): string | undefined {
  // Strings are skipped by a loop, not a regular expression: V8's overflows its stack on a million escapes.
  // The text parsed, so every string has its closing quote.
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '"') {
      while (text[++at] !== '"') if (text[at] === "\\") at++;
      continue;
    }
    NUMBER.lastIndex = at;
    const token = NUMBER.exec(text)?.[0];
    if (token === undefined) continue;
    const value = Number(token);
    if (/[.eE]/.test(token) ? !Number.isFinite(value) : !Number.isSafeInteger(value)) return token;
    at += token.length - 1;
  }
  return undefined;
}
/** A JSON number where it starts (outside strings, valid JSON has nothing else that starts so). */
const NUMBER = /-?\d[\d.eE+-]*/y;

function decodeError(what: string, response: Response, bytes: Uint8Array, context: RequestContext, cause?: unknown) {
  return bodyDecodeError("json", `${describeOperation(context.operation)} ${what}`, response, bytes, context, cause);
}

const TOO_DEEP = "too deep";

/**
 * What may make a parsed JSON value unsafe to hand on: {@link TOO_DEEP} (arrays and objects nested deeper
 * than `maxDepth`), a number past 2^53 when `numbers` is set (see lossyNumberIn), or nothing. The walk stops
 * at the first.
 */
function unsafeJson(value: unknown, maxDepth: number, numbers = true): typeof TOO_DEEP | number | undefined {
  if (typeof value === "number") return numbers && isUnsafeNumber(value) ? value : undefined;
  return value !== null && typeof value === "object" ? unsafeContainer(value, maxDepth, numbers) : undefined;
}

// Arrays by index, objects by `for...in` (JSON.parse makes own, enumerable keys only): faster than
// `Object.values` (pnpm bench: a list of 50 Kimai customers, 6.9 against 8.5 us).
function unsafeContainer(container: object, maxDepth: number, numbers: boolean): typeof TOO_DEEP | number | undefined {
  if (maxDepth === 0) return TOO_DEEP;
  let found: typeof TOO_DEEP | number | undefined;
  if (Array.isArray(container)) {
    for (let i = 0; i < container.length && found === undefined; i++) found = unsafeJson(container[i], maxDepth - 1, numbers);
    return found;
  }
  for (const key in container) {
    found = unsafeJson((container as Record<string, unknown>)[key], maxDepth - 1, numbers);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Past ±(2^53 - 1), a double is an integer that may have been rounded, a large float, or an infinity. */
function isUnsafeNumber(value: number): boolean {
  return value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
}

/**
 * openapi-fetch parses any error body that is JSON, whatever its Content-Type, and `ApiError.body` is that
 * value: nested 100,000 levels deep, it would make `JSON.stringify(error)` throw a `RangeError` in every
 * logger that prints the error. Such a body is handed over as its text instead, as a body that is not
 * JSON is (`error` is the text, `ApiError.rawBody` its start). openapi-fetch also reads every body as UTF-8:
 * one in another charset (`charset=iso-8859-1`, `utf-16`) is decoded in its own here, so its text is right
 * and a secret it echoes is found by the redactor. Other error responses pass unchanged.
 */
async function boundedErrorBody(response: Response, maxDepth: number): Promise<Response> {
  if (response.body === null || isDecodedResponse(response)) return response;
  const contentType = response.headers.get("Content-Type");
  const utf8 = isUtf8(contentType);
  const bytes = bufferedBody(response) ?? (utf8 ? undefined : new Uint8Array(await response.clone().arrayBuffer()));
  const text = bytes ? lenientTextDecoder(contentType).decode(bytes) : await response.clone().text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return utf8 ? response : textErrorResponse(text, response);
  }
  // Only the depth matters here: an error body is not data.
  if (nestingExceeds(value, maxDepth)) return textErrorResponse(text, response);
  return utf8 ? response : textErrorResponse(text, response, true);
}

/** Whether arrays and objects in `value` nest deeper than `maxDepth`; the walk stops at `maxDepth`. */
export function nestingExceeds(value: unknown, maxDepth: number): boolean {
  return unsafeJson(value, maxDepth, false) !== undefined;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}
