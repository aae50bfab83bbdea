import type { AuthStrategy, Paginator, RuntimeOptions } from "@punchclock/core";
import { checkBaseUrl, createApiClient } from "@punchclock/core/internal";
import type { Client } from "openapi-fetch";
import packageJson from "../package.json" with { type: "json" };
import { operations, operationsWithoutBody } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import {
  type KimaiListFilters,
  type KimaiListItem,
  type KimaiListPath,
  type KimaiPaginateOptions,
  kimaiPaginator,
} from "./paginate.js";

/**
 * Options of {@link createKimaiClient}. Besides these: `retry`, `timeoutMs`, `maxResponseBytes`,
 * `maxRedirects`, `logger`, `userAgent`, `redact` and `fetch` (see `RuntimeOptions` in `@punchclock/core`).
 */
export interface KimaiClientOptions extends RuntimeOptions {
  /**
   * Root URL of the Kimai instance, e.g. `https://kimai.example.com` (the paths already start with `/api`):
   * http or https, without user info, query or fragment (refused with a `TypeError` that does not repeat it).
   */
  baseUrl: string;
  /** How to authenticate: `bearerToken(token)` (Kimai >= 2.14) or the deprecated `kimaiLegacyHeaders(...)`. */
  auth: AuthStrategy;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** A typed openapi-fetch client for the Kimai API: `kimai.GET("/api/customers")`. */
export type KimaiClient = Client<paths, "application/json"> & {
  /**
   * A client like this one with some options changed, e.g. a shorter timeout for one call:
   * `kimai.withOptions({ timeoutMs: 5000 }).GET(...)`.
   */
  withOptions(overrides: Partial<KimaiClientOptions>): KimaiClient;
  /**
   * Iterates every item of a paginated list (`/api/timesheets`, `/api/invoices`), sending `page` and `size`.
   * It follows Kimai's `X-Total-Pages`, so it never requests a page past the last (Kimai answers one with
   * 404), and exposes `X-Total-Count`, `X-Total-Pages` and `X-Per-Page` as `paginator.totals` and on every
   * page of `.pages()`. A failing page throws its `ApiError`; a page that repeats the previous one or more
   * than `maxPages` pages throw a `PaginationError`. `prefetch: true` requests the next page while you work
   * on the current one.
   *
   * @example
   * const timesheets = kimai.paginate("/api/timesheets", { query: { user: "all" }, pageSize: 100, prefetch: true });
   * for await (const page of timesheets.pages()) console.log(`page ${page.page}/${page.totals?.totalPages}`, page.items.length);
   */
  paginate<P extends KimaiListPath, const Query extends KimaiListFilters<P> = never>(
    path: P,
    options?: KimaiPaginateOptions<P, Query>,
  ): Paginator<KimaiListItem<P, Query>>;
};

/** The User-Agent product name of this package. */
export const KIMAI_CLIENT_NAME = "punchclock-kimai";

/**
 * Creates a Kimai client. Every call returns openapi-fetch's `{ data, error, response }`; wrap it in
 * `unwrap()` (exported by this package too) to get the data or a typed `ApiError` instead. Failures without a
 * usable response (connection, timeout, abort, malformed body) are thrown as typed errors in both styles.
 * Idempotent requests are retried on connection errors, 408, 429, 502, 503 and 504.
 *
 * @example
 * const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken(token) });
 * const customers = await unwrap(kimai.GET("/api/customers", { params: { query: { visible: 3 } } }));
 */
export function createKimaiClient(options: KimaiClientOptions): KimaiClient {
  if (!options.baseUrl) throw new TypeError("createKimaiClient needs the baseUrl of your Kimai instance");
  checkBaseUrl(options.baseUrl);
  const client = createApiClient<paths, "application/json">({
    ...options,
    operations,
    operationsWithoutBody,
    library: { name: KIMAI_CLIENT_NAME, version: packageJson.version },
    // Kimai answers errors as HTML to clients that do not ask for JSON.
    headers: { Accept: "application/json", ...options.headers },
  });
  return Object.assign(client, {
    paginate: <P extends KimaiListPath, const Query extends KimaiListFilters<P> = never>(
      path: P,
      paginateOptions?: KimaiPaginateOptions<P, Query>,
    ) => kimaiPaginator(client, path, paginateOptions),
    withOptions: (overrides: Partial<KimaiClientOptions>) => createKimaiClient({ ...options, ...overrides }),
  });
}
