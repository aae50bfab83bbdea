import { type EncodableValue, encodeRailsXml, type JsonValue } from "@punchclock/core";
import { type ClientStage, rewriteRequest, xmlResponseAsJson } from "@punchclock/core/internal";

/** The two representations mite serves every resource in. */
export type MiteFormat = "json" | "xml";

const MEDIA_TYPES: Record<MiteFormat, string> = { json: "application/json", xml: "application/xml" };

/** Array item names mite writes that Rails' singular would not guess. */
export const MITE_XML_ITEM_NAMES: Readonly<Record<string, string>> = {
  hourly_rates_per_service: "hourly_rate_per_service",
};

/** Serializes a request body in the chosen format (openapi-fetch `bodySerializer`). */
export function miteBodySerializer(format: MiteFormat): (body: unknown) => string {
  return format === "xml"
    ? (body) => encodeRailsXml(body as EncodableValue, { arrayItemNames: MITE_XML_ITEM_NAMES })
    : (body) => JSON.stringify(body);
}

/**
 * mite picks the format by URL suffix only. This stage of the client appends `.json` or `.xml` to the path, sets
 * matching `Accept` and `Content-Type` headers, and turns XML responses into their JSON equivalent, so
 * both formats produce the same values.
 */
export function miteFormatStage(format: MiteFormat): ClientStage {
  const mediaType = MEDIA_TYPES[format];
  return {
    async onRequest(request) {
      const url = new URL(request.url);
      url.pathname = `${url.pathname}.${format}`;
      const headers = new Headers(request.headers);
      headers.set("Accept", mediaType);
      if (request.body !== null) headers.set("Content-Type", mediaType);
      return rewriteRequest(request, { url, headers });
    },
    async onResponse(_request, response, call) {
      if (format !== "xml") return undefined;
      return xmlResponseAsJson(response, (value) => (response.ok ? value : miteErrorFromXml(value)), {
        context: call.context,
      });
    },
  };
}

/**
 * mite's XML errors are `<errors><error>message</error>...</errors>`; its JSON errors `{"error": "message"}`.
 * Several messages are joined with a newline, so both formats give one `{error}` shape. An XML `<error>` may
 * name the attribute it is about (`<error on="name">`), which JSON never does: then `errors` lists every
 * message with its attribute, `{ message, on? }`, and `error` still holds the joined messages.
 *
 * @example
 * miteErrorFromXml(decodeRailsXml(`<errors><error on="name">can't be blank</error></errors>`));
 * // { error: "can't be blank", errors: [{ message: "can't be blank", on: "name" }] }
 */
export function miteErrorFromXml(value: JsonValue): JsonValue {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const errors = value.errors;
  if (errors === null || typeof errors !== "object" || Array.isArray(errors)) return value;
  const details: Array<{ [key: string]: string }> = ([] as JsonValue[]).concat(errors.error ?? []).map(errorDetailOf);
  const error = details.map((detail) => detail.message).join("\n");
  return details.some((detail) => detail.on !== undefined) ? { error, errors: details } : { error };
}

/** One decoded `<error>`: its text, or `{ on, message }` when it names an attribute. */
function errorDetailOf(item: JsonValue): { message: string } | { message: string; on: string } {
  if (typeof item === "string") return { message: item };
  if (item !== null && typeof item === "object" && !Array.isArray(item)) {
    const { message, on } = item;
    if (typeof message === "string" && typeof on === "string") return { message, on };
  }
  return { message: JSON.stringify(item) };
}
