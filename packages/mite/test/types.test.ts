import { miteApiKey } from "@punchclock/core";
import { describe, expectTypeOf, it } from "vitest";
import type {
  components,
  MiteFollowedBookmark,
  MiteListFilters,
  TimeEntry,
  TimeEntryGroup,
  TimeEntryGrouping,
  TimeEntryGroupOf,
} from "../src/index.js";
import { type Customer, createMiteClient, type MiteListItem, type MiteListPath, type MitePaths } from "../src/index.js";

// These assertions are checked by `tsc` (pnpm typecheck); the runtime part only builds a client.
describe("mite client types", () => {
  const mite = createMiteClient({ account: "demo", auth: miteApiKey("k"), fetch: async () => new Response("[]") });

  it("paths are written without the .{format} suffix and without a format parameter", () => {
    type PathParams = MitePaths["/customers/{id}"]["get"]["parameters"]["path"];
    expectTypeOf<keyof PathParams>().toEqualTypeOf<"id">();
    // No client path keeps the suffix; these are some of them (a subset, so new operations do not break it).
    expectTypeOf<Extract<keyof MitePaths, `${string}.{format}`>>().toBeNever();
    expectTypeOf<
      | "/account"
      | "/myself"
      | "/customers"
      | "/customers/archived"
      | "/customers/{id}"
      | "/projects"
      | "/projects/archived"
      | "/projects/{id}"
      | "/services"
      | "/services/archived"
      | "/services/{id}"
      | "/users"
      | "/users/archived"
      | "/users/{id}"
    >().toExtend<keyof MitePaths>();
    // @ts-expect-error the suffixed spec path is not a client path
    void (() => mite.GET("/customers/{id}.{format}", {} as never));
    // @ts-expect-error the id is required
    void (() => mite.GET("/customers/{id}", { params: { path: {} } }));
  });

  it("lists can be paginated and yield unwrapped records", () => {
    // Some of the lists (a subset, so new lists do not break it); single records are not lists.
    expectTypeOf<Extract<MiteListPath, `${string}}`>>().toBeNever();
    expectTypeOf<
      | "/customers"
      | "/customers/archived"
      | "/projects"
      | "/projects/archived"
      | "/services"
      | "/services/archived"
      | "/users"
      | "/users/archived"
    >().toExtend<MiteListPath>();
    expectTypeOf<MiteListItem<"/customers">>().toEqualTypeOf<Customer>();
    // @ts-expect-error a single record is not a list
    void (() => mite.paginate("/customers/{id}"));
  });

  it("request bodies take what mite's create and update take", () => {
    // openapi-fetch does not check excess properties of a body literal, so the body schemas are checked directly.
    type Schemas = components["schemas"];
    const update: Schemas["CustomerUpdateRequest"] = { customer: { update_hourly_rate_on_time_entries: true } };
    const force: Schemas["TimeEntryUpdateRequest"] = { time_entry: { locked: false, force: true } };
    // @ts-expect-error applying rates to existing entries is an update; create has no such attribute
    const customer: Schemas["CustomerCreateRequest"] = { customer: { name: "Acme", update_hourly_rate_on_time_entries: true } };
    // @ts-expect-error the same for projects
    const project: Schemas["ProjectCreateRequest"] = { project: { name: "Web", update_hourly_rate_on_time_entries: true } };
    // @ts-expect-error and for services
    const service: Schemas["ServiceCreateRequest"] = { service: { name: "Coding", update_hourly_rate_on_time_entries: true } };
    // @ts-expect-error force changes a locked entry; a new entry has nothing to force
    const entry: Schemas["TimeEntryCreateRequest"] = { time_entry: { minutes: 30, force: true } };
    // @ts-expect-error a create needs the name
    const nameless: Schemas["CustomerCreateRequest"] = { customer: { note: "no name" } };
    void [update, force, customer, project, service, entry, nameless];
  });

  it("response data has the spec's types", async () => {
    const call = () => mite.GET("/customers/{id}", { params: { path: { id: 1 } } });
    type Data = NonNullable<Awaited<ReturnType<typeof call>>["data"]>;
    // Rates are money, which time trackers never see: missing for them, null when unset.
    expectTypeOf<Data["customer"]["hourly_rate"]>().toEqualTypeOf<number | null | undefined>();
  });
});

describe("mite time-entries types", () => {
  const mite = createMiteClient({ account: "demo", auth: miteApiKey("k"), fetch: async () => new Response("[]") });

  it("GET /time_entries is the entries list, with every filter typed", () => {
    const call = () =>
      mite.GET("/time_entries", { params: { query: { user_id: [211, 212], project_id: 88309, at: "today", sort: "minutes" } } });
    type Data = NonNullable<Awaited<ReturnType<typeof call>>["data"]>;
    expectTypeOf<Data>().toEqualTypeOf<{ time_entry: TimeEntry }[]>();
    // Time trackers never see revenue, so it may be missing as well as null.
    expectTypeOf<TimeEntry["revenue"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<TimeEntry["project_id"]>().toEqualTypeOf<number | null>();
    // @ts-expect-error group_by is groupedTimeEntries()'s: its answer is not entries
    void (() => mite.GET("/time_entries", { params: { query: { group_by: ["user"] } } }));
    // @ts-expect-error sort takes mite's columns only
    void (() => mite.GET("/time_entries", { params: { query: { sort: "id" } } }));
    // @ts-expect-error billable is a boolean
    void (() => mite.GET("/time_entries", { params: { query: { billable: "yes" } } }));
  });

  it("every ID filter takes one ID or a list of IDs, the same type everywhere", () => {
    type TimeEntryQuery = MiteListFilters<"/time_entries">;
    expectTypeOf<NonNullable<TimeEntryQuery["project_id"]>>().toEqualTypeOf<number | number[]>();
    expectTypeOf<NonNullable<TimeEntryQuery["service_id"]>>().toEqualTypeOf<number | number[]>();
    expectTypeOf<NonNullable<TimeEntryQuery["customer_id"]>>().toEqualTypeOf<
      NonNullable<MiteListFilters<"/projects">["customer_id"]>
    >();
    expectTypeOf<NonNullable<TimeEntryQuery["user_id"]>>().toEqualTypeOf<number | number[] | "current">();
    void (() => mite.GET("/projects", { params: { query: { customer_id: [291, 292] } } }));
    // @ts-expect-error a list is an array (the client joins it with commas), not a joined string
    void (() => mite.GET("/projects", { params: { query: { customer_id: "291,292" } } }));
    // @ts-expect-error "current" is only a user
    void (() => mite.GET("/time_entries", { params: { query: { project_id: "current" } } }));
  });

  it("time entries can be paginated, unwrapped and with their filters", () => {
    expectTypeOf<"/time_entries">().toExtend<MiteListPath>();
    expectTypeOf<MiteListItem<"/time_entries">>().toEqualTypeOf<TimeEntry>();
    expectTypeOf<MiteListFilters<"/time_entries">>().toHaveProperty("user_id");
    expectTypeOf<MiteListFilters<"/time_entries">>().not.toHaveProperty("group_by");
    void (() => mite.paginate("/time_entries", { query: { user_id: "current", at: "last_month", tracking: false } }));
  });

  it("a group has exactly the keys of its groupings", () => {
    const call = () => mite.groupedTimeEntries({ groupBy: ["project", "month"], at: "this_year" });
    type Group = NonNullable<Awaited<ReturnType<typeof call>>["data"]>[number]["time_entry_group"];
    expectTypeOf<keyof Group>().toEqualTypeOf<
      "minutes" | "revenue" | "time_entries_params" | "from" | "to" | "project_id" | "project_name" | "month" | "year"
    >();
    expectTypeOf<Group["project_id"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Group["year"]>().toEqualTypeOf<number | string>();
    expectTypeOf<Group>().not.toHaveProperty("user_id");

    type Keys<G extends TimeEntryGrouping> = Exclude<
      keyof TimeEntryGroupOf<[G]>,
      "minutes" | "revenue" | "time_entries_params" | "from" | "to"
    >;
    expectTypeOf<Keys<"customer">>().toEqualTypeOf<"customer_id" | "customer_name">();
    expectTypeOf<Keys<"project">>().toEqualTypeOf<"project_id" | "project_name">();
    expectTypeOf<Keys<"service">>().toEqualTypeOf<"service_id" | "service_name">();
    expectTypeOf<Keys<"user">>().toEqualTypeOf<"user_id" | "user_name">();
    expectTypeOf<Keys<"day">>().toEqualTypeOf<"day">();
    expectTypeOf<Keys<"week">>().toEqualTypeOf<"week" | "year">();
    expectTypeOf<Keys<"month">>().toEqualTypeOf<"month" | "year">();
    expectTypeOf<Keys<"year">>().toEqualTypeOf<"year">();
    expectTypeOf<TimeEntryGroupOf<["day"]>["day"]>().toEqualTypeOf<string>();
    expectTypeOf<TimeEntryGroupOf<["user"]>["minutes"]>().toEqualTypeOf<number>();

    // @ts-expect-error at least one grouping
    void (() => mite.groupedTimeEntries({ groupBy: [] }));
    // @ts-expect-error only mite's groupings
    void (() => mite.groupedTimeEntries({ groupBy: ["tag"] }));
  });

  it("groupings known only at run time: every key a grouping adds, all optional", () => {
    const fromCommandLine: TimeEntryGrouping[] = ["customer", "month"];
    const call = () => mite.groupedTimeEntries({ groupBy: fromCommandLine, at: "last_month" });
    type Group = NonNullable<Awaited<ReturnType<typeof call>>["data"]>[number]["time_entry_group"];
    expectTypeOf<Group>().toEqualTypeOf<TimeEntryGroup>();
    expectTypeOf<Group["customer_id"]>().toEqualTypeOf<number | null | undefined>();
    const readonlyList: readonly TimeEntryGrouping[] = fromCommandLine;
    void (() => mite.groupedTimeEntries({ groupBy: readonlyList }));
    // @ts-expect-error an empty literal is still refused
    void (() => mite.groupedTimeEntries({ groupBy: [] as const }));
  });

  it("a followed bookmark gives entries or groups, and its query", () => {
    const call = () => mite.followBookmark(79133);
    expectTypeOf<Awaited<ReturnType<typeof call>>>().toEqualTypeOf<MiteFollowedBookmark>();
    type Data = NonNullable<MiteFollowedBookmark["data"]>;
    expectTypeOf<Data>().toEqualTypeOf<{ time_entry: TimeEntry }[] | { time_entry_group: TimeEntryGroup }[]>();
  });
});
