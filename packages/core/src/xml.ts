/**
 * `@punchclock/core/xml`: the Rails XML decoder, built on saxes. It is an entry of its own so that importing
 * `@punchclock/core` never loads it: a Kimai client or a mite client in JSON mode neither bundles nor
 * parses saxes, and mite's XML mode imports the decoder when the first XML body arrives. The encoder
 * (`encodeRailsXml`), which needs no parser, is in `@punchclock/core`.
 * @packageDocumentation
 */
export { decodeRailsXml, decodeRailsXmlStream, type JsonValue, type RailsXmlDecodeOptions } from "./xml/decode.js";
