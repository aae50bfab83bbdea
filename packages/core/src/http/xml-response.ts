import { DecodeError } from "../errors/punchclock-error.js";
import { decodeOptionalRailsXmlStream, type JsonValue, type RailsXmlDecodeOptions } from "../xml/decode.js";

const XML_CONTENT_TYPE = /^(application|text)\/([\w.+-]+\+)?xml\b/i;

/**
 * Decodes a Rails XML response (while it streams in) and returns the same response with the JSON
 * equivalent as its body, so openapi-fetch and every caller see one data model whatever the wire format.
 * Empty bodies pass through. A successful response that is not XML is a {@link DecodeError}; an error
 * response in another format (an HTML error page, say) passes through for the error handling to report.
 *
 * @param transform adjusts the decoded value, e.g. to map an XML error document to the JSON error shape.
 */
export async function xmlResponseAsJson(
  response: Response,
  transform: (value: JsonValue, response: Response) => JsonValue = (value) => value,
  options?: RailsXmlDecodeOptions,
): Promise<Response> {
  if (response.body === null || response.status === 204 || response.headers.get("Content-Length") === "0") return response;
  const contentType = response.headers.get("Content-Type") ?? "";
  if (!XML_CONTENT_TYPE.test(contentType)) {
    if (!response.ok) return response;
    // mite answers updates and deletes with an empty body labelled application/json, whatever the format.
    const text = await response.text();
    if (text.trim() === "") return emptyResponse(response);
    throw new DecodeError("xml", `Expected an XML response, got ${contentType ? `"${contentType}"` : "no Content-Type"}`);
  }
  const value = await decodeOptionalRailsXmlStream(response.body, options);
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  headers.delete("Content-Encoding");
  if (value === undefined) return emptyResponse(response);
  headers.set("Content-Type", "application/json; charset=utf-8");
  const body = JSON.stringify(transform(value, response));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function emptyResponse(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete("Content-Encoding");
  headers.set("Content-Length", "0");
  return new Response(null, { status: response.status, statusText: response.statusText, headers });
}
