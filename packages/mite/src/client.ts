import { type AuthStrategy, DecodeError, type Paginator, paginate, type RuntimeOptions, stopAtShortPage } from "@punchclock/core";
import {
  checkBaseUrl,
  createApiClient,
  describeOperation,
  fetchListPage,
  type LooseGet,
  operationOf,
  singularize,
} from "@punchclock/core/internal";
import type { Client } from "openapi-fetch";
import packageJson from "../package.json" with { type: "json" };
import { FOLLOW_OPERATION, followBookmarkWith, type MiteBookmarkMethods } from "./bookmarks.js";
import { type MiteFormat, miteFormat } from "./format.js";
import { operations, operationsWithoutBody } from "./generated/operations.js";
import { groupedTimeEntriesWith, type MiteTimeEntryMethods } from "./grouped.js";
import type { MiteListFilters, MiteListItem, MiteListPath, MitePaths } from "./paths.js";
import { miteQuerySerializer } from "./query.js";

/**
 * Options of {@link createMiteClient}: an `account` (its own host, or mite's CORS host with `cors: true`), or
 * a `baseUrl` of your own, which needs no account. Besides these: `retry`, `timeoutMs`, `maxResponseBytes`,
 * `maxRedirects`, `logger`, `userAgent` (mite asks integrations to identify themselves), `redact` and
 * `fetch` (see `RuntimeOptions` in `@punchclock/core`).
 */
export type MiteClientOptions = MiteAccountOptions | MiteBaseUrlOptions;

/** What every mite client takes, wherever it connects to. */
export interface MiteCommonOptions extends RuntimeOptions {
  /** `miteApiKey(key)` (header), `miteApiKey(key, { in: "query" })`, or `basicAuth({ username, password })`. */
  auth: AuthStrategy;
  /** Wire format for every request and response (default `"json"`). Both give the same types and values. */
  format?: MiteFormat;
}

/** A client for a mite account: `https://{account}.mite.de`, or mite's CORS host with `cors: true`. */
export interface MiteAccountOptions extends MiteCommonOptions {
  /** The account's subdomain: `acme` for `https://acme.mite.de`. */
  account: string;
  /**
   * For browsers: send every request to mite's CORS host, `https://corsapi.mite.de` (or `baseUrl`), naming
   * the account in the `X-MiteAccount` header, as mite's own browser client does. Default `false`. Use an
   * API key (`miteApiKey`) in the browser only where the user may see it: it is theirs.
   */
  cors?: boolean;
  /**
   * Overrides `https://{account}.mite.de` (or, with `cors: true`, `https://corsapi.mite.de`), e.g. the legacy
   * `mite.yo.lk` host: http or https, without user info, query or fragment (refused with a `TypeError` that
   * does not repeat it).
   */
  baseUrl?: string;
}

/** A client for a URL of your own (a proxy, a local sandbox): no account needed. */
export interface MiteBaseUrlOptions extends MiteCommonOptions {
  /**
   * Where the API is, e.g. `http://localhost:4010` for the sandbox: http or https, without user info, query
   * or fragment (refused with a `TypeError` that does not repeat it).
   */
  baseUrl: string;
  account?: undefined;
  cors?: false;
}

/** mite's host for browsers (CORS); the account goes into the `X-MiteAccount` header. */
export const MITE_CORS_BASE_URL = "https://corsapi.mite.de";

/** Options of {@link MiteClient.paginate}. */
export interface MitePaginateOptions<P extends MiteListPath> {
  /** Filters of the list, e.g. `{ name: "inc" }`. */
  query?: MiteListFilters<P>;
  /** Records per request (default 100). */
  pageSize?: number;
  /** Stops the iteration. */
  signal?: AbortSignal;
  /** Requests the next page while you work on the current one (default `false`); see `PaginateOptions.prefetch`. */
  prefetch?: boolean;
  /** Most pages one iteration fetches before it throws a `PaginationError` (default 10,000; or `Infinity`). */
  maxPages?: number;
}

/** A typed openapi-fetch client for the mite API plus a paginator for its lists. */
export type MiteClient = Client<MitePaths, "application/json"> & {
  /** The wire format this client uses. */
  readonly format: MiteFormat;
  /**
   * A client like this one with some options changed, e.g. a shorter timeout for one call:
   * `mite.withOptions({ timeoutMs: 5000 }).GET(...)`.
   */
  withOptions(overrides: Partial<MiteClientOptions>): MiteClient;
  /**
   * Iterates every record of a list, unwrapped (`Customer`, not `{ customer: Customer }`), requesting
   * page after page until one is shorter than `pageSize`. A failing page throws its `ApiError`; a page that
   * repeats the previous one (a server ignoring `page=`) or more than `maxPages` pages throw a
   * `PaginationError`. With `prefetch: true` the next page is requested while you work on the current one.
   *
   * @example
   * for await (const customer of mite.paginate("/customers", { query: { name: "inc" } })) console.log(customer.name);
   * const all = await mite.paginate("/customers", { pageSize: 500, prefetch: true, maxPages: 200 }).toArray();
   */
  paginate<P extends MiteListPath>(path: P, options?: MitePaginateOptions<P>): Paginator<MiteListItem<P>>;
  /** `GET /time_entries` with `group_by`, each group typed with the keys of its groupings (see `MiteTimeEntryMethods`). */
  groupedTimeEntries: MiteTimeEntryMethods["groupedTimeEntries"];
  /** The time entries (or groups) a bookmark stands for, without following its redirect blindly (see `MiteBookmarkMethods`). */
  followBookmark: MiteBookmarkMethods["followBookmark"];
};

/** The User-Agent product name of this package. */
export const MITE_CLIENT_NAME = "punchclock-mite";

const ACCOUNT_NAME = /^[a-z0-9][a-z0-9-]*$/i;

/**
 * Creates a mite client. Paths are written without the `.json`/`.xml` suffix; `format` picks it once.
 *
 * @example
 * const mite = createMiteClient({ account: "acme", auth: miteApiKey(process.env.MITE_API_KEY!), format: "xml" });
 * const { data } = await mite.GET("/customers/{id}", { params: { path: { id: 643 } } });
 */
export function createMiteClient(options: MiteClientOptions): MiteClient {
  const format = options.format ?? "json";
  if (format !== "json" && format !== "xml") throw new TypeError(`format must be "json" or "xml", not "${format}"`);
  if ((options.cors || !options.baseUrl) && !ACCOUNT_NAME.test(options.account ?? "")) {
    throw new TypeError("createMiteClient needs the account's subdomain (acme for acme.mite.de)");
  }
  if (options.baseUrl) checkBaseUrl(options.baseUrl);
  const { bodySerializer, stage, ready } = miteFormat(format);
  const client = createApiClient<MitePaths, "application/json">({
    ...options,
    baseUrl: options.baseUrl ?? (options.cors ? MITE_CORS_BASE_URL : `https://${options.account}.mite.de`),
    operations,
    operationsWithoutBody,
    // The bookmark follow answers with a redirect, which the client reads instead of following.
    operationsAnsweringRedirects: [FOLLOW_OPERATION],
    library: { name: MITE_CLIENT_NAME, version: packageJson.version },
    headers: options.cors ? { "X-MiteAccount": options.account } : {},
    bodySerializer,
    querySerializer: miteQuerySerializer,
    // The format stage runs before auth, so a query API key is added to the final, suffixed URL.
    stages: [stage],
    ready,
  });

  function paginateList<P extends MiteListPath>(path: P, paginateOptions: MitePaginateOptions<P> = {}) {
    const pageSize = paginateOptions.pageSize ?? 100;
    const wrapper = elementName(path);
    return paginate<MiteListItem<P>>({
      strategy: stopAtShortPage(pageSize),
      signal: paginateOptions.signal,
      prefetch: paginateOptions.prefetch,
      maxPages: paginateOptions.maxPages,
      async fetchPage(page, signal) {
        // The path is one of the list paths, whose GET takes exactly these parameters.
        const query = { ...paginateOptions.query, limit: pageSize, page };
        const { items, response } = await fetchListPage(client.GET as unknown as LooseGet, path, query, signal, format);
        return { items: unwrapRecords(items, wrapper, response, format) as MiteListItem<P>[], response };
      },
    });
  }

  return Object.assign(client, {
    format,
    paginate: paginateList,
    groupedTimeEntries: groupedTimeEntriesWith(client.GET as unknown as LooseGet),
    followBookmark: followBookmarkWith(client.GET as unknown as LooseGet, format),
    withOptions: (overrides: Partial<MiteClientOptions>) => createMiteClient({ ...options, ...overrides } as MiteClientOptions),
  });
}

/** `/time_entries` -> `time_entry`, `/customers/archived` -> `customer`: what mite wraps each element in. */
function elementName(path: string): string {
  return singularize(path.split("/")[1] ?? "");
}

/**
 * `[{ customer: {...} }]` -> `[{...}]`: mite wraps every list element in its resource name. Anything else (a
 * project in a list of customers, `null`, a bare number) is a DecodeError, never an item of the wrong type.
 */
function unwrapRecords(elements: unknown[], wrapper: string, response: Response, format: MiteFormat): unknown[] {
  return elements.map((element) => {
    const record = isRecord(element) && Object.keys(element).length === 1 ? element[wrapper] : undefined;
    if (isRecord(record)) return record;
    const operation = operationOf(response);
    throw new DecodeError(format, `${describeOperation(operation)} returned a list element that is not {"${wrapper}": {...}}`, {
      operation,
      status: response.status,
    });
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
