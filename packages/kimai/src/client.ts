import { type AuthStrategy, clientMiddleware } from "@punchclock/core";
import createClient, { type Client } from "openapi-fetch";
import packageJson from "../package.json" with { type: "json" };
import { operations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";

/** Options of {@link createKimaiClient}. */
export interface KimaiClientOptions {
  /** Root URL of the Kimai instance, e.g. `https://kimai.example.com` (the paths already start with `/api`). */
  baseUrl: string;
  /** How to authenticate: `bearerToken(token)` (Kimai >= 2.14) or the deprecated `kimaiLegacyHeaders(...)`. */
  auth: AuthStrategy;
  /** Appended to the User-Agent, e.g. `"invoice-sync/1.2"`, so Kimai operators can tell who calls. */
  userAgent?: string;
  /** A fetch implementation (default: the global fetch). */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** A typed openapi-fetch client for the Kimai API: `kimai.GET("/api/customers")`. */
export type KimaiClient = Client<paths, "application/json">;

/** The User-Agent product name of this package. */
export const KIMAI_CLIENT_NAME = "punchclock-kimai";

/**
 * Creates a Kimai client. Every call returns openapi-fetch's `{ data, error, response }`; wrap it in
 * `unwrap()` from `@punchclock/core` to get the data or a typed `ApiError` instead.
 *
 * @example
 * const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken(token) });
 * const customers = await unwrap(kimai.GET("/api/customers", { params: { query: { visible: 3 } } }));
 */
export function createKimaiClient(options: KimaiClientOptions): KimaiClient {
  if (!options.baseUrl) throw new TypeError("createKimaiClient needs the baseUrl of your Kimai instance");
  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  client.use(
    ...clientMiddleware({
      operations,
      library: { name: KIMAI_CLIENT_NAME, version: packageJson.version },
      userAgent: options.userAgent,
      auth: options.auth,
    }),
  );
  return client;
}
