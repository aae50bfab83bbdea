import {
  type AuthStrategy,
  apiErrorOf,
  createClientRuntime,
  DecodeError,
  describeOperation,
  operationOf,
  type Paginator,
  paginate,
  type RuntimeOptions,
  stopAtShortPage,
} from "@punchclock/core";
import createClient, { type Client } from "openapi-fetch";
import packageJson from "../package.json" with { type: "json" };
import { type MiteFormat, miteBodySerializer, miteFormatMiddleware } from "./format.js";
import { operations, operationsWithoutBody } from "./generated/operations.js";
import type { MiteListFilters, MiteListItem, MiteListPath, MitePaths } from "./paths.js";

/**
 * Options of {@link createMiteClient}. Besides these: `retry`, `timeoutMs`, `maxResponseBytes`,
 * `maxRedirects`, `logger`, `userAgent` (mite asks integrations to identify themselves), `redact` and
 * `fetch` (see `RuntimeOptions` in `@punchclock/core`).
 */
export interface MiteClientOptions extends RuntimeOptions {
  /** The account's subdomain: `acme` for `https://acme.mite.de`. */
  account: string;
  /** `miteApiKey(key)` (header), `miteApiKey(key, { in: "query" })`, or `basicAuth({ username, password })`. */
  auth: AuthStrategy;
  /** Wire format for every request and response (default `"json"`). Both give the same types and values. */
  format?: MiteFormat;
  /** Overrides `https://{account}.mite.de`, e.g. the legacy `mite.yo.lk` host or a local sandbox. */
  baseUrl?: string;
}

/** Options of {@link MiteClient.paginate}. */
export interface MitePaginateOptions<P extends MiteListPath> {
  /** Filters of the list, e.g. `{ name: "inc" }`. */
  query?: MiteListFilters<P>;
  /** Records per request (default 100). */
  pageSize?: number;
  /** Stops the iteration. */
  signal?: AbortSignal;
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
   * page after page until one is shorter than `pageSize`. A failing page throws its `ApiError`.
   *
   * @example
   * for await (const customer of mite.paginate("/customers", { query: { name: "inc" } })) console.log(customer.name);
   */
  paginate<P extends MiteListPath>(path: P, options?: MitePaginateOptions<P>): Paginator<MiteListItem<P>>;
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
  if (!options.baseUrl && !ACCOUNT_NAME.test(options.account ?? "")) {
    throw new TypeError("createMiteClient needs the account's subdomain (acme for acme.mite.de)");
  }
  // The format middleware runs before auth, so a query API key is added to the final, suffixed URL.
  const runtime = createClientRuntime({
    ...options,
    operations,
    operationsWithoutBody,
    library: { name: MITE_CLIENT_NAME, version: packageJson.version },
    transport: [miteFormatMiddleware(format)],
  });
  const client = createClient<MitePaths, "application/json">({
    baseUrl: options.baseUrl ?? `https://${options.account}.mite.de`,
    bodySerializer: miteBodySerializer(format),
    fetch: runtime.fetch,
  });
  client.use(...runtime.middleware);

  function paginateList<P extends MiteListPath>(path: P, paginateOptions: MitePaginateOptions<P> = {}) {
    const pageSize = paginateOptions.pageSize ?? 100;
    return paginate<MiteListItem<P>>({
      strategy: stopAtShortPage(pageSize),
      ...(paginateOptions.signal ? { signal: paginateOptions.signal } : {}),
      async fetchPage(page, signal) {
        const query = { ...paginateOptions.query, limit: pageSize, page };
        // The path is one of the list paths, whose GET takes exactly these parameters.
        const get = client.GET as unknown as (
          path: string,
          init: { params: { query: object }; signal?: AbortSignal },
        ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
        const result = await get(path, { params: { query }, ...(signal ? { signal } : {}) });
        if (!result.response.ok) throw apiErrorOf(result);
        if (!Array.isArray(result.data)) {
          throw new DecodeError(
            format,
            `${describeOperation(operationOf(result.response))} returned no list (got ${result.data === null ? "null" : typeof result.data})`,
            {
              operation: operationOf(result.response),
              status: result.response.status,
            },
          );
        }
        return { items: result.data.map(unwrapRecord) as MiteListItem<P>[], response: result.response };
      },
    });
  }

  return Object.assign(client, {
    format,
    paginate: paginateList,
    withOptions: (overrides: Partial<MiteClientOptions>) => createMiteClient({ ...options, ...overrides }),
  });
}

/** `{ customer: {...} }` -> `{...}`: mite wraps every list element in its resource name. */
function unwrapRecord(element: unknown): unknown {
  if (element === null || typeof element !== "object") return element;
  const values = Object.values(element);
  return values.length === 1 ? values[0] : element;
}
