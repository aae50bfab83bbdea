import { describeOperation } from "../errors/punchclock-error.js";
import { type JsonValue, type RailsXmlDecodeOptions, RailsXmlDecoder } from "../xml/decode.js";
import { bodyDecodeError, decodedResponse, emptyResponse, strictTextDecoder, usableStatusText } from "./decoded-response.js";
import { type RequestContext, untrackedContext } from "./operations.js";

const XML_CONTENT_TYPE = /^(application|text)\/([\w.+-]+\+)?xml\s*(;|$)/i;

/** Options of {@link xmlResponseAsJson}. */
export interface XmlResponseOptions extends RailsXmlDecodeOptions {
  /** Names the operation in errors and masks the client's secrets. */
  context?: RequestContext | undefined;
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
  if (response.body === null || response.status === 204 || response.headers.get("Content-Length") === "0") return response;
  const context = options.context ?? untrackedContext("UNKNOWN", response.url);
  const subject = describeOperation(options.context?.operation);
  const contentType = response.headers.get("Content-Type") ?? "";
  const bytes = new Uint8Array(await response.arrayBuffer());
  const fail = (message: string, cause?: unknown): never => {
    throw bodyDecodeError("xml", message, response, bytes, context, cause);
  };
  if (!XML_CONTENT_TYPE.test(contentType)) {
    if (!response.ok) return rebuilt(response, bytes);
    // mite answers updates and deletes with an empty body labelled application/json, whatever the format.
    if (new TextDecoder().decode(bytes).trim() === "") return emptyResponse(response);
    fail(
      `${subject} returned ${response.status} with ${contentType ? `Content-Type "${contentType}"` : "no Content-Type"}, not XML`,
    );
  }
  let text = "";
  try {
    text = strictTextDecoder(contentType, "xml", context).decode(bytes);
  } catch (error) {
    // An error response that does not decode is still an error response: ApiError keeps its raw text.
    if (!response.ok) return rebuilt(response, bytes);
    fail(`${subject} returned a body that is not valid text in its charset`, error);
  }
  if (text.trim() === "") return emptyResponse(response);
  let value: JsonValue = null;
  try {
    value = new RailsXmlDecoder(options).write(text).close();
  } catch (error) {
    if (!response.ok) return rebuilt(response, bytes);
    fail(`${subject} returned unusable XML: ${(error as Error).message}`, error);
  }
  const json = transform(value, response);
  return decodedResponse(json, JSON.stringify(json), response);
}

function rebuilt(response: Response, bytes: Uint8Array): Response {
  return new Response(bytes as BodyInit, {
    status: response.status,
    statusText: usableStatusText(response),
    headers: response.headers,
  });
}
