/**
 * `@punchclock/core/internal/xml`: the plumbing of mite's XML mode, apart from `@punchclock/core/internal` so
 * that a client in JSON mode never reaches it (mite imports it before an XML client's first call).
 *
 * **No semver guarantee**, as for `@punchclock/core/internal`: it exists for `@punchclock/mite`.
 * @packageDocumentation
 */
export { type XmlResponseOptions, xmlResponseAsJson } from "./http/xml-response.js";
