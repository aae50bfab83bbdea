import type { ErrorContext, OperationInfo } from "../errors/punchclock-error.js";
import { RESPONSE_CONTEXT, sharedState } from "../internal/shared-state.js";
import { patternRedactor, type Redactor } from "../redaction/redactor.js";
import { BufferedResponse } from "../transport/responses.js";

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

const { contextsByResponse } = sharedState();

/**
 * The context of a request or response no client call describes: its method and URL path (never the
 * query, which can hold `api_key`), and a redactor that masks credentials by shape.
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

/** Records which call produced `response`, so `unwrap()` and the paginators can name its operation. */
export function tagResponse(response: Response, context: RequestContext): void {
  if (response instanceof BufferedResponse) response[RESPONSE_CONTEXT] = context;
  else contextsByResponse.set(response, context);
}

type MaybeTagged = Response & { readonly [RESPONSE_CONTEXT]?: RequestContext | undefined };

/** The context a client recorded for a response (see {@link tagResponse}), if any. */
export function contextOfResponse(response: Response): RequestContext | undefined {
  return (response as MaybeTagged)[RESPONSE_CONTEXT] ?? contextsByResponse.get(response);
}

/** The operation a response belongs to, when it came through a client. */
export function operationOf(response: Response): OperationInfo | undefined {
  return contextOfResponse(response)?.operation;
}
