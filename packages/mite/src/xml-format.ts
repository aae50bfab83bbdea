// mite's XML mode: imported before an XML client's first call (see miteFormat), never by a JSON client.
import type { CallContext } from "@punchclock/core/internal";
import { xmlResponseAsJson } from "@punchclock/core/internal/xml";
import { type EncodableValue, encodeRailsXml } from "@punchclock/core/xml";
import { MITE_XML_ITEM_NAMES, miteErrorFromXml } from "./format.js";

/** A request body as mite's XML. */
export function encodeBody(body: unknown): string {
  return encodeRailsXml(body as EncodableValue, { arrayItemNames: MITE_XML_ITEM_NAMES });
}

/** An XML response as its JSON equivalent; mite's XML error document becomes its JSON error shape. */
export function decodeResponse(response: Response, call: CallContext): Promise<Response> {
  return xmlResponseAsJson(response, (value) => (response.ok ? value : miteErrorFromXml(value)), {
    context: call.context,
    expectsBody: call.expectsBody && call.parseAs === "json",
  });
}
