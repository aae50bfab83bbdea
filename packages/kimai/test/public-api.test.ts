// The runtime exports of @punchclock/kimai, pinned, so a new export is a deliberate change. The names from
// @punchclock/core are re-exports of the very same objects (one import serves, and `instanceof` holds
// whichever package a class came from), and none of them is core's internal plumbing.
import { describeClientExports } from "@punchclock/contract-harness";
import * as kimai from "../src/index.js";

const OWN = ["KIMAI_CLIENT_NAME", "KIMAI_DEFAULT_PAGE_SIZE", "createKimaiClient", "operations"];

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
  "bearerToken",
  "centsToAmount",
  "flattenValidationErrors",
  "formatMinutes",
  "fromKimaiLocalDateTime",
  "kimaiLegacyHeaders",
  "parseKimaiDateTime",
  "parsePlainDate",
  "toKimaiLocalDateTime",
  "toPlainDate",
  "unwrap",
];

describeClientExports({
  name: "@punchclock/kimai",
  exports: kimai,
  own: OWN,
  fromCore: FROM_CORE,
  notFound: () =>
    kimai
      .unwrap(
        kimai
          .createKimaiClient({
            baseUrl: "https://kimai.test",
            auth: kimai.bearerToken("t0ken"),
            retry: false,
            fetch: async () => Response.json({ code: 404, message: "Not Found" }, { status: 404 }),
          })
          .GET("/api/customers/{id}", { params: { path: { id: 1 } } }),
      )
      .catch((e: unknown) => e),
});
