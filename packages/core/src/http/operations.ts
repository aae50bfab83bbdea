import type { Middleware } from "openapi-fetch";
import type { ErrorContext, OperationInfo } from "../errors/punchclock-error.js";
import { sharedState } from "../internal/shared-state.js";
import { patternRedactor, type Redactor } from "../redaction/redactor.js";

/**
 * `"METHOD /path/template"` -> `operationId`, generated from a spec (see each client's
 * `src/generated/operations.ts`).
 */
export type OperationTable = Readonly<Record<string, string>>;

/** What the runtime knows about a request or response: its operation and the client's redactor. */
export interface RequestContext extends ErrorContext {
  readonly operation: OperationInfo;
  readonly redactor: Redactor;
}

const { contextsByRequest, contextsByResponse } = sharedState();

/** Contexts are immutable, so each operation's is made once per table and redactor (a client's). */
const contextCache = new WeakMap<OperationTable, WeakMap<Redactor, Map<string, RequestContext>>>();
const MAX_CACHED_CONTEXTS = 1000;

function contextFor(table: OperationTable, redactor: Redactor, method: string, schemaPath: string): RequestContext {
  const upper = method.toUpperCase();
  const key = `${upper} ${schemaPath}`;
  let byRedactor = contextCache.get(table);
  if (!byRedactor) {
    byRedactor = new WeakMap();
    contextCache.set(table, byRedactor);
  }
  let contexts = byRedactor.get(redactor);
  if (!contexts) {
    contexts = new Map();
    byRedactor.set(redactor, contexts);
  }
  let context = contexts.get(key);
  if (!context) {
    context = { operation: Object.freeze({ method: upper, path: schemaPath, operationId: table[key] }), redactor };
    // Paths a caller built by hand are operations too; the cache stays bounded.
    if (contexts.size < MAX_CACHED_CONTEXTS) contexts.set(key, context);
  }
  return context;
}

/**
 * Remembers which operation produced each response, so errors can name it. Register it first: openapi-fetch
 * runs `onResponse` hooks in reverse, so the first one sees the final response.
 */
export function operationTracker(table: OperationTable, redactor: Redactor = patternRedactor): Middleware {
  return {
    onResponse({ request, response, schemaPath }) {
      contextsByResponse.set(response, contextsByRequest.get(request) ?? contextFor(table, redactor, request.method, schemaPath));
      return undefined;
    },
  };
}

/**
 * Tags the final request with its operation, so the transport (retries, logs) and every response hook can
 * name it. Register it last: earlier hooks may replace the request (mite's suffix, a query API key).
 */
export function requestTagger(table: OperationTable, redactor: Redactor = patternRedactor): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      contextsByRequest.set(request, contextFor(table, redactor, request.method, schemaPath));
      return undefined;
    },
  };
}

/**
 * The context of a request tagged by {@link requestTagger}; for an untagged one, its method and URL path
 * (never the query, which can hold `api_key`).
 */
export function requestContextOf(request: Request): RequestContext {
  return contextsByRequest.get(request) ?? untrackedContext(request.method, request.url);
}

/**
 * The context of a request or response nothing tagged: its method and URL path (never the query, which
 * can hold `api_key`), and a redactor that masks credentials by shape.
 */
export function untrackedContext(method: string, url: string): RequestContext {
  let path = "";
  try {
    path = new URL(url).pathname;
  } catch {
    // Responses built in memory have no URL.
  }
  return { operation: { method: method.toUpperCase(), path, operationId: undefined }, redactor: patternRedactor };
}

/** The context {@link operationTracker} recorded for a response, if any. */
export function contextOfResponse(response: Response): RequestContext | undefined {
  return contextsByResponse.get(response);
}

/** The operation a response belongs to, when it came through a client with {@link operationTracker}. */
export function operationOf(response: Response): OperationInfo | undefined {
  return contextsByResponse.get(response)?.operation;
}
