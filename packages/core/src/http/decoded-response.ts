import { DecodeError } from "../errors/punchclock-error.js";
import { sharedState } from "../internal/shared-state.js";
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
    rawBody: new TextDecoder().decode(bytes.subarray(0, RAW_BODY_BYTES), { stream: truncated }),
    rawBodyTruncated: truncated,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** RFC 9110's reason-phrase: tab, space, visible ASCII and obs-text, which is what `new Response()` accepts. */
const REASON_PHRASE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * The response's reason phrase if a rebuilt `Response` can carry it, `""` otherwise. fetch hands over any
 * text the server sent (`OK ✓`), but `new Response()` throws for it, and the reason phrase means nothing.
 */
export function usableStatusText(response: Response): string {
  const text = response.statusText;
  return typeof text === "string" && REASON_PHRASE.test(text) ? text : "";
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

/** Whether the response came from {@link decodedResponse}. */
export function isDecodedResponse(response: Response): boolean {
  return decoded.has(response);
}

/**
 * The same error response, made for openapi-fetch to hand over its body as text rather than parse it:
 * openapi-fetch reads an error body with `text()` and keeps what `JSON.parse` makes of it, so `text()`
 * here returns the text as a JSON string, which parses back into exactly the text. The body stream holds
 * the original bytes.
 */
export function textErrorResponse(text: string, template: Response): Response {
  const response = new Response(template.body, {
    status: template.status,
    statusText: usableStatusText(template),
    headers: copyHeaders(template.headers),
  });
  Object.defineProperty(response, "text", {
    value: () => Promise.resolve(JSON.stringify(text)),
    configurable: true,
    writable: true,
  });
  return response;
}

/** The same response with an empty body (`Content-Length: 0`, which openapi-fetch reads as "no data"). */
export function emptyResponse(response: Response): Response {
  const headers = copyHeaders(response.headers);
  headers.delete("Content-Encoding");
  headers.set("Content-Length", "0");
  return new Response(null, { status: response.status, statusText: usableStatusText(response), headers });
}

/**
 * The charset of a Content-Type, as a TextDecoder that throws on invalid input. An unknown charset is a
 * {@link DecodeError}.
 */
export function strictTextDecoder(contentType: string, format: "json" | "xml", context: RequestContext): TextDecoder {
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset, { fatal: true });
  } catch (error) {
    throw new DecodeError(format, `Unsupported charset "${charset}"`, { ...context, cause: error });
  }
}

/**
 * A copy of `headers` made entry by entry: `new Headers(headers)` can come out incomplete when another
 * fetch implementation (an interceptor, a polyfill) made the original.
 */
export function copyHeaders(headers: Headers): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => {
    copy.append(name, value);
  });
  return copy;
}
