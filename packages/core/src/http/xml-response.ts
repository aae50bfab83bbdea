import { describeOperation } from "../errors/punchclock-error.js";
import { bufferedBody, usableStatusText } from "../transport/responses.js";
import { type JsonValue, type RailsXmlDecodeOptions, RailsXmlDecoder } from "../xml/decode.js";
import {
  bodyDecodeError,
  decodedResponse,
  emptyResponse,
  namesOneMediaType,
  strictTextDecoder,
  withDecodedValue,
} from "./decoded-response.js";
import { type RequestContext, untrackedContext } from "./operations.js";

const XML_CONTENT_TYPE = /^(application|text)\/([\w.+-]+\+)?xml\s*(;|,|$)/i;
/** XHTML is XML, but an XML page (a sign-in form, a proxy's notice) is no more data than an HTML one. */
const XHTML_CONTENT_TYPE = /^application\/xhtml\+xml\s*(;|,|$)/i;

/** Options of {@link xmlResponseAsJson}. */
export interface XmlResponseOptions extends RailsXmlDecodeOptions {
  /** Names the operation in errors and masks the client's secrets. */
  context?: RequestContext | undefined;
  /** The spec promises a body for the operation's success responses: an empty one is a DecodeError. */
  expectsBody?: boolean | undefined;
}

/**
 * Decodes a Rails XML response and returns the same response with the JSON equivalent as its body, so
 * openapi-fetch and every caller see one data model whatever the wire format. Empty bodies pass through.
 * A successful response that is not XML is a {@link DecodeError}; an error response in another format (an
 * HTML error page, say) passes through for the error handling to report.
 *
 * @param transform adjusts the decoded value, e.g. to map an XML error document to the JSON error shape.
 */
export async function xmlResponseAsJson(
  response: Response,
  transform: (value: JsonValue, response: Response) => JsonValue = (value) => value,
  options: XmlResponseOptions = {},
): Promise<Response> {
  const context = options.context ?? untrackedContext("UNKNOWN", response.url);
  const subject = describeOperation(options.context?.operation);
  // A success without a body where the spec promises one is no data, in XML as in JSON (and says so in XML).
  const checkEmpty = (bytes: Uint8Array = new Uint8Array()) => {
    if (options.expectsBody && response.ok && context.operation.method !== "HEAD") {
      const { status } = response;
      const what = status === 204 || status === 205 ? "without a body" : "with an empty body";
      throw bodyDecodeError("xml", `${subject} returned ${status} ${what}, not XML`, response, bytes, context);
    }
  };
  if (response.body === null || response.status === 204 || response.headers.get("Content-Length") === "0") {
    checkEmpty();
    return response;
  }
  const contentType = response.headers.get("Content-Type") ?? "";
  // The transport read the body already (see bufferedBody); any other response is read here.
  const buffered = bufferedBody(response);
  const bytes = buffered ?? new Uint8Array(await response.arrayBuffer());
  const fail = (message: string, cause?: unknown): never => {
    throw bodyDecodeError("xml", message, response, bytes, context, cause);
  };
  if (!XML_CONTENT_TYPE.test(contentType) || XHTML_CONTENT_TYPE.test(contentType) || !namesOneMediaType(contentType)) {
    if (!response.ok) return rebuilt(response, bytes);
    // mite answers updates and deletes with an empty body labelled application/json, whatever the format.
    if (new TextDecoder().decode(bytes).trim() === "") {
      checkEmpty(bytes);
      return emptyResponse(response);
    }
    fail(
      `${subject} returned ${response.status} with ${contentType ? `Content-Type "${contentType}"` : "no Content-Type"}, not XML`,
    );
  }
  let text = "";
  try {
    text = strictTextDecoder(withXmlCharset(contentType, bytes), "xml", context).decode(bytes);
  } catch (error) {
    // An error response that does not decode is still an error response: ApiError keeps its raw text.
    if (!response.ok) return rebuilt(response, bytes);
    fail(`${subject} returned a body that is not valid text in its charset`, error);
  }
  if (text.trim() === "") {
    checkEmpty(bytes);
    return emptyResponse(response);
  }
  let value: JsonValue = null;
  try {
    value = new RailsXmlDecoder(options).write(text).close();
  } catch (error) {
    if (!response.ok) return rebuilt(response, bytes);
    fail(`${subject} returned unusable XML: ${(error as Error).message}`, error);
  }
  if (isHtmlPage(value)) {
    if (!response.ok) return rebuilt(response, bytes);
    fail(`${subject} returned an HTML page (labelled ${contentType}), not XML data`);
  }
  const json = transform(value, response);
  // openapi-fetch takes the value from json(), so it is never serialised to be parsed again. A buffered
  // response is marked in place (its headers are the transport's, mutable); `text()`, which openapi-fetch
  // reads for error bodies and a caller may read, gives the value's JSON, made when asked for.
  if (buffered) {
    response.headers.set("Content-Type", "application/json; charset=utf-8");
    return withDecodedValue(response, json, () => JSON.stringify(json));
  }
  return decodedResponse(json, JSON.stringify(json), response);
}

/**
 * The Content-Type with the charset the document names, when the Content-Type names none: a byte order mark,
 * else the XML declaration's `encoding` (RFC 7303, 3.2). Otherwise UTF-8 is assumed, which refused a document
 * declared ISO-8859-1, or read it wrongly where its bytes happened to be UTF-8 too.
 */
function withXmlCharset(contentType: string, bytes: Uint8Array): string {
  if (/;\s*charset=/i.test(contentType)) return contentType;
  let charset: string | undefined;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) charset = "utf-16be";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) charset = "utf-16le";
  else if (bytes[0] !== 0xef) {
    // A declaration that can be read as ASCII names an encoding ASCII is part of: UTF-16 and UTF-32 need a
    // byte order mark (XML 1.0, 4.3.3), and ASCII is read as UTF-8, of which it is a part (a TextDecoder for
    // "us-ascii" is windows-1252, which reads UTF-8 bytes wrongly without failing).
    const head = String.fromCharCode(...bytes.subarray(0, 256));
    const declared = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
    if (declared && !/^(utf-?(16|32)|(us-)?ascii)/i.test(declared)) charset = declared;
  }
  return charset ? `${contentType}; charset=${charset}` : contentType;
}

function rebuilt(response: Response, bytes: Uint8Array): Response {
  return new Response(bytes as BodyInit, {
    status: response.status,
    statusText: usableStatusText(response),
    headers: response.headers,
  });
}

/** Whether a decoded document is a web page: its root element is `<html>`. */
function isHtmlPage(value: JsonValue): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  // With or without a namespace prefix (`<x:html xmlns:x="http://www.w3.org/1999/xhtml">`).
  return keys.length === 1 && /^(.*:)?html$/i.test(keys[0] ?? "");
}
