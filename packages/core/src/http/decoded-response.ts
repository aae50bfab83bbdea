import { DecodeError } from "../errors/punchclock-error.js";
import { sharedState } from "../internal/shared-state.js";
import { BufferedResponse, copyHeaders, usableStatusText } from "../transport/responses.js";
import type { RequestContext } from "./operations.js";

/**
 * How much of a bad body a DecodeError decodes for its `rawBody` (which keeps at most 8 KiB of it): enough
 * for 8 KiB of text, and a body of megabytes is not decoded for an error message.
 */
const RAW_BODY_BYTES = 16_384;

/** The DecodeError for a response body that is not what it claims; keeps the start of the body as `rawBody`. */
export function bodyDecodeError(
  format: "json" | "xml",
  message: string,
  response: Response,
  bytes: Uint8Array,
  context: RequestContext,
  cause?: unknown,
): DecodeError {
  const truncated = bytes.byteLength > RAW_BODY_BYTES;
  return new DecodeError(format, message, {
    ...context,
    status: response.status,
    // `stream` holds back a character cut in half instead of decoding it as U+FFFD.
    rawBody: lenientTextDecoder(response.headers.get("Content-Type")).decode(bytes.subarray(0, RAW_BODY_BYTES), {
      stream: truncated,
    }),
    rawBodyTruncated: truncated,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Responses whose body has been decoded already; {@link decodedResponse} makes them. */
const decoded = sharedState().decodedResponses;

/**
 * A response carrying an already decoded value: `json()` returns it without parsing again, the body is
 * `text` for callers that read it themselves. openapi-fetch reads `json()` when `Content-Length` is set.
 */
export function decodedResponse(value: unknown, text: string, template: Response): Response {
  const body = new TextEncoder().encode(text);
  const headers = copyHeaders(template.headers);
  headers.delete("Content-Encoding");
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Content-Length", String(body.byteLength));
  const response = new Response(body, { status: template.status, statusText: usableStatusText(template), headers });
  Object.defineProperty(response, "json", { value: () => Promise.resolve(value), configurable: true, writable: true });
  decoded.add(response);
  return response;
}

/**
 * Marks `response` as carrying `value`, in place: `json()` returns the value, the unread body stays what it
 * is (`text` replaces `text()` when the body is not that value's JSON, e.g. XML). For responses the
 * transport built, whose headers are not immutable; saves the third Response and the re-encoding of
 * {@link decodedResponse}.
 */
export function withDecodedValue(response: Response, value: unknown, text?: () => string): Response {
  if (response instanceof BufferedResponse) {
    // The slot says it (see isDecodedResponse): no weak set entry to make and collect per response.
    BufferedResponse.carryDecoded(response, value, text);
    return response;
  }
  Object.defineProperty(response, "json", { value: () => Promise.resolve(value), configurable: true, writable: true });
  if (text) {
    Object.defineProperty(response, "text", { value: () => Promise.resolve(text()), configurable: true, writable: true });
  }
  decoded.add(response);
  return response;
}

/** Whether a Content-Type means UTF-8 text: no charset (JSON is UTF-8) or `charset=utf-8`. */
export function isUtf8(contentType: string | null): boolean {
  // The decoder was just made for this Content-Type (strictTextDecoder keeps the last UTF-8 one).
  if (contentType === lastUtf8ContentType) return true;
  const [charset] = contentType === null ? [] : charsetsOf(contentType);
  return charset === undefined || UTF8.test(charset);
}

const UTF8 = /^utf-?8$/i;

/**
 * Whether a Content-Type names one media type. A response with the header twice reaches the client as the
 * values joined by a comma (`application/json, application/json`): usable when they agree, refused when they
 * do not, where the first would be read as the type while fetch's own rule takes the last.
 */
export function namesOneMediaType(contentType: string): boolean {
  if (!contentType.includes(",")) return true;
  const members = contentType.replace(/"(?:[^"\\]|\\.)*"/g, '""').split(",");
  const essence = (member: string) => (member.split(";")[0] ?? "").trim().toLowerCase();
  const first = essence(members[0] ?? "");
  return members.every((member) => essence(member) === first);
}

/** Every charset a Content-Type names, lowercased: one, as a rule, and none for JSON. */
function charsetsOf(contentType: string): string[] {
  return Array.from(contentType.matchAll(/;\s*charset="?([^";,\s]+)"?/gi), (match) => (match[1] ?? "").toLowerCase());
}

/** The encoding a charset label names (`latin1` and `iso-8859-1` are one), or the label if none. */
function encodingOf(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return label;
  }
}

/** Whether the response came from {@link decodedResponse} or {@link withDecodedValue}. */
export function isDecodedResponse(response: Response): boolean {
  return response instanceof BufferedResponse ? BufferedResponse.carriesDecoded(response) : decoded.has(response);
}

/**
 * The same error response, made for openapi-fetch to hand over its body as text rather than parse it:
 * openapi-fetch reads an error body with `text()` and keeps what `JSON.parse` makes of it, so `text()`
 * here returns the text as a JSON string, which parses back into exactly the text. With `json`, `text()`
 * returns the text itself, for openapi-fetch to parse (a JSON body decoded from another charset). The body
 * stream holds the original bytes.
 */
export function textErrorResponse(text: string, template: Response, json = false): Response {
  const response = new Response(template.body, {
    status: template.status,
    statusText: usableStatusText(template),
    headers: copyHeaders(template.headers),
  });
  Object.defineProperty(response, "text", {
    value: () => Promise.resolve(json ? text : JSON.stringify(text)),
    configurable: true,
    writable: true,
  });
  return response;
}

/**
 * A decoder for the text of an error body: its charset, else UTF-8, invalid bytes replaced. An error
 * response is never refused for its text; its charset only decides how that text is read.
 */
export function lenientTextDecoder(contentType: string | null): TextDecoder {
  const [charset = "utf-8"] = contentType === null ? [] : charsetsOf(contentType);
  try {
    return new TextDecoder(charset);
  } catch {
    return new TextDecoder();
  }
}

/** The same response with an empty body (`Content-Length: 0`, which openapi-fetch reads as "no data"). */
export function emptyResponse(response: Response): Response {
  const headers = copyHeaders(response.headers);
  headers.delete("Content-Encoding");
  headers.set("Content-Length", "0");
  return new Response(null, { status: response.status, statusText: usableStatusText(response), headers });
}

const UTF8_DECODER = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });
let lastUtf8ContentType: string | undefined;

/**
 * The charset of a Content-Type, as a TextDecoder that throws on invalid input. An unknown charset is a
 * {@link DecodeError}, and so are two different ones (`charset=latin1; charset=utf-8`): picking either would
 * decode the other's text wrong, without a word.
 */
export function strictTextDecoder(contentType: string, format: "json" | "xml", context: RequestContext): TextDecoder {
  // Most bodies of a client come with the same Content-Type; its answer is kept, saving three regexes a call.
  if (contentType === lastUtf8ContentType) return UTF8_DECODER;
  const [charset = "utf-8", ...others] = charsetsOf(contentType);
  const other = others.find((name) => name !== charset && encodingOf(name) !== encodingOf(charset));
  if (other !== undefined) {
    throw new DecodeError(format, `The Content-Type names two charsets, "${charset}" and "${other}"`, context);
  }
  // One decoder serves every UTF-8 body: without `stream`, decode() keeps no state between calls.
  if (UTF8.test(charset)) {
    lastUtf8ContentType = contentType;
    return UTF8_DECODER;
  }
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch (error) {
    throw new DecodeError(format, `Unsupported charset "${charset}"`, { ...context, cause: error });
  }
}
