/**
 * `@punchclock/core/xml`: the Rails XML codec, the decoder (built on saxes) and the encoder. It is an entry of
 * its own so that importing `@punchclock/core` never reaches it: a Kimai client or a mite client in JSON mode
 * neither bundles nor parses it, and mite's XML mode imports it before its first call.
 * @packageDocumentation
 */
export { decodeRailsXml, decodeRailsXmlStream, type JsonValue, type RailsXmlDecodeOptions } from "./xml/decode.js";
export { type EncodableValue, encodeRailsXml, type RailsXmlEncodeOptions } from "./xml/encode.js";
