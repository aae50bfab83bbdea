import { DecodeError } from "../errors/punchclock-error.js";
import type { RequestContext } from "./operations.js";

/** How much of a bad body a DecodeError decodes for its `rawBody` (which keeps at most 8 KiB of it). */
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
  return new DecodeError(format, message, {
    ...context,
    status: response.status,
    rawBody: new TextDecoder().decode(bytes.subarray(0, RAW_BODY_BYTES)),
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Responses whose body has been decoded already; {@link decodedResponse} makes them. */
const decoded = new WeakSet<Response>();

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
  const response = new Response(body, { status: template.status, statusText: template.statusText, headers });
  Object.defineProperty(response, "json", { value: () => Promise.resolve(value), configurable: true, writable: true });
  decoded.add(response);
  return response;
}

/** Whether the response came from {@link decodedResponse}. */
export function isDecodedResponse(response: Response): boolean {
  return decoded.has(response);
}

/** The same response with an empty body (`Content-Length: 0`, which openapi-fetch reads as "no data"). */
export function emptyResponse(response: Response): Response {
  const headers = copyHeaders(response.headers);
  headers.delete("Content-Encoding");
  headers.set("Content-Length", "0");
  return new Response(null, { status: response.status, statusText: response.statusText, headers });
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
