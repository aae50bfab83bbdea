import type { Middleware } from "openapi-fetch";
import { type AuthStrategy, authMiddleware } from "../auth/strategies.js";
import { type OperationTable, operationTracker } from "./operations.js";
import { userAgentMiddleware, userAgentString } from "./user-agent.js";

/** What every punchclock client installs on its openapi-fetch client. */
export interface ClientMiddlewareOptions {
  /** The generated operation table of the client's spec. */
  operations: OperationTable;
  /** The client library, for the User-Agent. */
  library: { name: string; version: string };
  /** The caller's addition to the User-Agent. */
  userAgent?: string | undefined;
  auth: AuthStrategy;
  /** API-specific middleware (mite's format suffix and XML decoding); runs after the User-Agent, before auth. */
  transport?: readonly Middleware[];
}

/**
 * The middleware of a client, in the order that matters: the operation tracker first (openapi-fetch runs
 * `onResponse` in reverse, so it sees the final response), auth last (so it signs the final URL).
 */
export function clientMiddleware(options: ClientMiddlewareOptions): Middleware[] {
  return [
    operationTracker(options.operations),
    userAgentMiddleware(userAgentString(options.library, options.userAgent)),
    ...(options.transport ?? []),
    authMiddleware(options.auth),
  ];
}
