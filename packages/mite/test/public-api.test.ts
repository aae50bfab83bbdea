// The runtime exports of @punchclock/mite, pinned, so a new export is a deliberate change. The names from
// @punchclock/core are re-exports of the very same objects (one import serves, and `instanceof` holds
// whichever package a class came from), and none of them is core's internal plumbing.
import { describeClientExports } from "@punchclock/contract-harness";
import * as mite from "../src/index.js";

const OWN = [
  "MITE_CLIENT_NAME",
  "MITE_CORS_BASE_URL",
  "MITE_XML_ITEM_NAMES",
  "createMiteClient",
  "miteErrorFromXml",
  "miteQuerySerializer",
  "operations",
  "parseTimeEntryQuery",
];

const FROM_CORE = [
  "ApiError",
  "AuthenticationError",
  "BadRequestError",
  "ConflictError",
  "ConnectionError",
  "DecodeError",
  "GoneError",
  "InternalServerError",
  "InvalidParameterError",
  "MemoryEtagStore",
  "NotFoundError",
  "PaginationError",
  "PermissionDeniedError",
  "PunchclockError",
  "RateLimitError",
  "RedirectError",
  "RequestAbortedError",
  "RequestTimeoutError",
  "ResponseTooLargeError",
  "TimeoutError",
  "UnprocessableEntityError",
  "amountToCents",
  "basicAuth",
  "centsToAmount",
  "formatMinutes",
  "hoursToMinutes",
  "minutesToHours",
  "miteApiKey",
  "parsePlainDate",
  "toPlainDate",
  "unwrap",
];

describeClientExports({
  name: "@punchclock/mite",
  exports: mite,
  own: OWN,
  fromCore: FROM_CORE,
  notFound: () =>
    mite
      .unwrap(
        mite
          .createMiteClient({
            account: "acme",
            auth: mite.miteApiKey("k3y"),
            retry: false,
            fetch: async () => Response.json({ error: "Record not found" }, { status: 404 }),
          })
          .GET("/customers/{id}", { params: { path: { id: 1 } } }),
      )
      .catch((e: unknown) => e),
});
