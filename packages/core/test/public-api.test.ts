// The runtime exports of both entries, pinned: a name added to or removed from an entry fails here, so every
// change of the public surface (or of what the clients may use) is a deliberate one. The root export is the
// documented public surface; `@punchclock/core/internal` is the clients' plumbing, without semver guarantee.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const PUBLIC = [
  "ApiError",
  "AuthenticationError",
  "BadRequestError",
  "ConflictError",
  "ConnectionError",
  "DEFAULT_MAX_PAGES",
  "DecodeError",
  "GoneError",
  "InternalServerError",
  "InvalidParameterError",
  "MAX_RAW_BODY_CHARS",
  "MemoryEtagStore",
  "NotFoundError",
  "PaginationError",
  "Paginator",
  "PermissionDeniedError",
  "PunchclockError",
  "RateLimitError",
  "Redactor",
  "RedirectError",
  "RequestAbortedError",
  "RequestTimeoutError",
  "ResponseTooLargeError",
  "TOO_DEEP",
  "TimeoutError",
  "UnprocessableEntityError",
  "amountToCents",
  "basicAuth",
  "bearerToken",
  "centsToAmount",
  "createTransport",
  "flattenValidationErrors",
  "formatMinutes",
  "fromKimaiLocalDateTime",
  "hoursToMinutes",
  "kimaiLegacyHeaders",
  "minutesToHours",
  "miteApiKey",
  "paginate",
  "paginationHeaders",
  "parseKimaiDateTime",
  "parsePlainDate",
  "stopAtShortPage",
  "toKimaiLocalDateTime",
  "toPlainDate",
  "totalPagesHeader",
  "unwrap",
];

const INTERNAL = [
  "MAX_TIMER_MS",
  "apiErrorOf",
  "checkBaseUrl",
  "contextOfResponse",
  "createApiClient",
  "decodeJson",
  "describeOperation",
  "elementNameToKey",
  "fetchListPage",
  "keyToElementName",
  "mayRetryMethod",
  "nestingExceeds",
  "operationOf",
  "parseRetryAfter",
  "pathParameterProblem",
  "patternRedactor",
  "pluralize",
  "retryDelay",
  "retryPolicy",
  "rewriteRequest",
  "setLongTimeout",
  "singularize",
  "lazyModule",
  "untrackedContext",
];

const INTERNAL_XML = ["xmlResponseAsJson"];

const XML = ["decodeRailsXml", "decodeRailsXmlStream", "encodeRailsXml"];

const sorted = (names: Iterable<string>) => [...names].sort();

describe("the exports of @punchclock/core", () => {
  it("root: exactly the public names", async () => {
    expect(sorted(Object.keys(await import("../src/index.js")))).toEqual(sorted(PUBLIC));
  });

  it("internal: exactly the plumbing of the clients", async () => {
    expect(sorted(Object.keys(await import("../src/internal.js")))).toEqual(sorted(INTERNAL));
  });

  it("internal/xml: mite's XML plumbing, apart, so that a client in JSON mode never reaches it", async () => {
    expect(sorted(Object.keys(await import("../src/internal-xml.js")))).toEqual(sorted(INTERNAL_XML));
  });

  it("xml: the codec, apart, so that importing core never reaches it (nor saxes)", async () => {
    expect(sorted(Object.keys(await import("../src/xml.js")))).toEqual(sorted(XML));
  });

  it("each name lives in one entry only", () => {
    const all = [...PUBLIC, ...INTERNAL, ...INTERNAL_XML, ...XML];
    expect(all.filter((name, index) => all.indexOf(name) !== index)).toEqual([]);
  });

  it("the package maps its four entries, ESM with types", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(manifest.exports).toEqual({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./internal": { types: "./dist/internal.d.ts", default: "./dist/internal.js" },
      "./internal/xml": { types: "./dist/internal-xml.d.ts", default: "./dist/internal-xml.js" },
      "./xml": { types: "./dist/xml.d.ts", default: "./dist/xml.js" },
      "./package.json": "./package.json",
    });
  });
});
