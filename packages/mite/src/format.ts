import { type JsonValue, PunchclockError } from "@punchclock/core";
import { type ClientStage, describeOperation, lazyModule, type RequestContext, rewriteRequest } from "@punchclock/core/internal";

/** The two representations mite serves every resource in. */
export type MiteFormat = "json" | "xml";

const MEDIA_TYPES: Record<MiteFormat, string> = { json: "application/json", xml: "application/xml" };

/** Array item names mite writes that Rails' singular would not guess. */
export const MITE_XML_ITEM_NAMES: Readonly<Record<string, string>> = {
  hourly_rates_per_service: "hourly_rate_per_service",
};

/** What a mite client needs of its format: how request bodies are written, its pipeline stage, and its code. */
export interface MiteFormatParts {
  /** Serializes a request body in the format (openapi-fetch `bodySerializer`). */
  readonly bodySerializer: (body: unknown) => string;
  /**
   * mite picks the format by URL suffix only. This stage appends `.json` or `.xml` to the path, sets matching
   * `Accept` and `Content-Type` headers, and turns XML responses into their JSON equivalent, so both formats
   * produce the same values.
   */
  readonly stage: ClientStage;
  /** Loads the format's code before a call (XML mode only; `undefined` once loaded). */
  readonly ready: ((context: RequestContext) => Promise<void> | undefined) | undefined;
}

/**
 * The parts of a mite client for its format. XML mode's code (the encoder, the decoder with saxes, and the
 * XML response handling) is imported before the client's first call, so a client in JSON mode never loads it
 * and a bundler puts it into a chunk of its own (pnpm bench: bundle sizes). A failed import fails that call
 * with a {@link PunchclockError} before anything is sent (a write that fails so was not made); the next call
 * tries the import again.
 */
export function miteFormat(format: MiteFormat): MiteFormatParts {
  const mediaType = MEDIA_TYPES[format];
  const onRequest: ClientStage["onRequest"] = (request) => {
    const url = new URL(request.url);
    url.pathname = `${url.pathname}.${format}`;
    const headers = new Headers(request.headers);
    headers.set("Accept", mediaType);
    if (request.body !== null) headers.set("Content-Type", mediaType);
    return rewriteRequest(request, { url, headers });
  };
  if (format === "json") return { bodySerializer: (body) => JSON.stringify(body), stage: { onRequest }, ready: undefined };

  let xml: typeof import("./xml-format.js") | undefined;
  const load = lazyModule(() => import("./xml-format.js"));
  return {
    // Every call waits for `ready` first (see createApiClient), so the encoder is there by now.
    bodySerializer: (body) => (xml ?? notLoaded()).encodeBody(body),
    stage: { onRequest, onResponse: (_request, response, call) => (xml ?? notLoaded()).decodeResponse(response, call) },
    ready: (context) =>
      xml
        ? undefined
        : load().then(
            (loaded) => {
              xml = loaded;
            },
            (error: unknown) => {
              throw new PunchclockError(
                `${describeOperation(context.operation)}: mite's XML format code could not be loaded; the request was not sent`,
                { ...context, cause: error },
              );
            },
          ),
  };
}

function notLoaded(): never {
  throw new PunchclockError("mite's XML format code is not loaded yet");
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
  if (value === null || typeof value !== "object") return value;
  // `<errors type="array">` decodes to the list itself, each `<error>` wrapped in its name.
  if (Array.isArray(value)) {
    const wrapped = value.every((item) => item !== null && typeof item === "object" && !Array.isArray(item) && "error" in item);
    return value.length > 0 && wrapped ? joinedErrors(value.map((item) => (item as { error: JsonValue }).error)) : value;
  }
  // Rails writes a hash rendered as XML (`render xml: { error: "..." }`) as `<hash><error>...</error></hash>`.
  const hash = value.hash;
  if (hash !== null && typeof hash === "object" && !Array.isArray(hash) && typeof hash.error === "string") {
    return { error: hash.error };
  }
  const errors = value.errors;
  // `<errors>message</errors>`: one message without an `<error>` element.
  if (typeof errors === "string") return { error: errors };
  if (errors === null || typeof errors !== "object" || Array.isArray(errors)) return value;
  return joinedErrors(([] as JsonValue[]).concat(errors.error ?? []));
}

/** The `{error}` shape of decoded `<error>` elements, with `errors` when one names its attribute. */
function joinedErrors(items: JsonValue[]): JsonValue {
  const details: Array<{ [key: string]: string }> = items.map(errorDetailOf);
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
