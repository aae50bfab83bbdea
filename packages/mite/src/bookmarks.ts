// Bookmarks are saved time-entries queries. mite's `GET /time_entries/bookmarks/{id}/follow` answers with a
// redirect to `/time_entries.{format}?<query>`; the client does not follow it blindly, but reads the query
// and asks for that list through its own typed `GET /time_entries`.
import { DecodeError, RedirectError } from "@punchclock/core";
import type { LooseGet } from "@punchclock/core/internal";
import { contextOfResponse, describeOperation, untrackedContext } from "@punchclock/core/internal";
import type { MiteFormat } from "./format.js";
import type { OperationId } from "./generated/operations.js";
import type { components } from "./generated/schema.js";
import type { MiteCallOptions, TimeEntryGrouping, TimeEntryListQuery } from "./grouped.js";

type Schemas = components["schemas"];

/** The template of the follow operation, as the client is called. */
const FOLLOW_PATH = "/time_entries/bookmarks/{id}/follow";

/** What `followBookmark()` resolves to: the list the bookmark stands for, and the query that produced it. */
export type MiteFollowedBookmark =
  | {
      /** The entries, or the groups when the bookmark's query has `group_by`. */
      data: Schemas["TimeEntryEnvelope"][] | Schemas["TimeEntryGroupEnvelope"][];
      error?: never;
      response: Response;
      /** The bookmark's filters, typed (`group_by` as a list when it groups). */
      query: TimeEntryListQuery;
    }
  | { data?: never; error: Schemas["Error"]; response: Response; query?: TimeEntryListQuery };

/** The bookmark helper of {@link MiteClient}. */
export interface MiteBookmarkMethods {
  /**
   * The time entries a bookmark stands for. Asks mite where the bookmark leads (`followBookmark`, a 302 it does
   * not follow), then requests that list with the client's own `GET /time_entries`, on the client's host and
   * with its credentials. Where the runtime hides redirects (a browser's opaque redirect), the bookmark's own
   * `query` is read instead. Resolves to an openapi-fetch style result with the bookmark's `query`; when the
   * bookmark groups (`group_by`), `data` holds groups, not entries.
   *
   * @example
   * const { data, query } = await mite.followBookmark(79133);
   */
  followBookmark(id: number, options?: MiteCallOptions): Promise<MiteFollowedBookmark>;
}

/**
 * The follow operation, whose 302 goes to the caller as the spec describes it (`Location` included) instead of
 * being followed by the transport.
 */
export const FOLLOW_OPERATION: OperationId = "followBookmark";

const ID_FILTERS = new Set(["user_id", "customer_id", "project_id", "service_id"]);
const BOOLEAN_FILTERS = new Set(["billable", "locked", "tracking"]);
const NUMBER_PARAMETERS = new Set(["limit", "page"]);
const IDS = /^[1-9][0-9]*(,[1-9][0-9]*)+$/;
const ID = /^[1-9][0-9]*$/;

/**
 * Reads a time-entries query string (a bookmark's `query`, a redirect's search, a group's
 * `time_entries_params`) into the typed parameters of `GET /time_entries`: IDs become numbers (several, an
 * array), `true`/`false` booleans, `group_by` a list, a repeated `note[]` a list. Values it cannot type stay
 * as they are, so nothing of the query is lost.
 *
 * @example
 * parseTimeEntryQuery("project_id=21243,21244&at=this_week&billable=true")
 * // { project_id: [21243, 21244], at: "this_week", billable: true }
 */
export function parseTimeEntryQuery(
  query: string | URLSearchParams | Readonly<Record<string, string | undefined>>,
): TimeEntryListQuery {
  const params =
    typeof query === "string" || query instanceof URLSearchParams
      ? new URLSearchParams(query)
      : new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const result: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    // Credentials never travel from a redirect into the next request; the client adds its own.
    if (name === "api_key") continue;
    const values = params.getAll(name);
    const value = values.at(-1) ?? "";
    if (name.endsWith("[]")) result[name] = values;
    else if (ID_FILTERS.has(name) && ID.test(value)) result[name] = Number(value);
    else if (ID_FILTERS.has(name) && IDS.test(value)) result[name] = value.split(",").map(Number);
    else if (BOOLEAN_FILTERS.has(name) && (value === "true" || value === "false")) result[name] = value === "true";
    else if (NUMBER_PARAMETERS.has(name) && ID.test(value)) result[name] = Number(value);
    else if (name === "group_by" && value !== "") result[name] = value.split(",") as TimeEntryGrouping[];
    else result[name] = value;
  }
  return result as TimeEntryListQuery;
}

/** Builds {@link MiteBookmarkMethods.followBookmark} on a client's GET. */
export function followBookmarkWith(get: LooseGet, format: MiteFormat): MiteBookmarkMethods["followBookmark"] {
  return async (id, options = {}) => {
    const signal = options.signal ? { signal: options.signal } : {};
    let follow: Awaited<ReturnType<LooseGet>>;
    try {
      follow = await get(FOLLOW_PATH, { params: { path: { id } }, ...signal });
    } catch (error) {
      // A browser hides where a redirect leads (an opaque redirect); the bookmark's own `query` says the same.
      if (!(error instanceof RedirectError) || error.status !== 0) throw error;
      const bookmark = await get("/time_entries/bookmarks/{id}", { params: { path: { id } }, ...signal });
      if (!bookmark.response.ok) return { error: bookmark.error as Schemas["Error"], response: bookmark.response };
      return listFor(parseTimeEntryQuery((bookmark.data as Schemas["BookmarkEnvelope"]).bookmark.query));
    }
    const { response } = follow;
    // The call's operation and the client's redactor: the errors below quote what the server sent.
    const context = contextOfResponse(response) ?? untrackedContext("GET", response.url);
    const { operation } = context;
    if (response.status >= 400) return { error: follow.error as Schemas["Error"], response };
    if (response.status < 300) {
      throw new DecodeError(
        format,
        `${describeOperation(operation)} answered ${response.status}, not a redirect to the time entries`,
        { ...context, status: response.status },
      );
    }
    const location = response.headers.get("Location");
    let target: URL | undefined;
    try {
      target = location === null ? undefined : new URL(location, response.url || "http://mite.invalid/");
    } catch {
      target = undefined;
    }
    // Only the query is taken: the list is requested from the client's own host, with its own credentials.
    if (!target || !/\/time_entries\.(json|xml)$/.test(target.pathname)) {
      throw new RedirectError(
        `${describeOperation(operation)} redirected ${target ? `to ${target.pathname}` : "without a usable Location"}, not to a time-entries list`,
        { ...context, status: response.status },
      );
    }
    return listFor(parseTimeEntryQuery(target.searchParams));

    async function listFor(query: TimeEntryListQuery): Promise<MiteFollowedBookmark> {
      const list = await get("/time_entries", { params: { query }, ...signal });
      return { ...(list as Omit<MiteFollowedBookmark, "query">), query } as MiteFollowedBookmark;
    }
  };
}
