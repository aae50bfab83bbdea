// The time-entries helpers against a stubbed fetch: what goes over the wire, grouping and bookmarks.
import { miteApiKey, NotFoundError, RedirectError, unwrap } from "@punchclock/core";
import { encodeRailsXml } from "@punchclock/core/xml";
import { describe, expect, it } from "vitest";
import { createMiteClient, type MiteFormat, miteQuerySerializer, parseTimeEntryQuery } from "../src/index.js";

type Handler = (request: Request) => Response | Promise<Response>;

function clientWith(format: MiteFormat, handler: Handler, auth = miteApiKey("secret-key")) {
  const requests: Request[] = [];
  const mite = createMiteClient({
    account: "demo",
    format,
    auth,
    retry: false,
    fetch: async (request) => {
      requests.push(request.clone());
      return handler(request);
    },
  });
  return { mite, requests };
}

const entry = {
  id: 36159117,
  minutes: 15,
  date_at: "2015-10-16",
  note: "",
  billable: true,
  locked: false,
  revenue: null,
  hourly_rate: 0,
  user_id: 211,
  user_name: "Noah Scott",
  project_id: 21243,
  project_name: "Website",
  customer_id: null,
  customer_name: null,
  service_id: null,
  service_name: null,
  created_at: "2015-10-16T12:39:00+02:00",
  updated_at: "2015-10-16T12:39:00+02:00",
};

/** A list in the client's format, as mite sends it. */
function listResponse(format: MiteFormat, list: Record<string, unknown>[], listName: string): Response {
  return format === "json"
    ? Response.json(list)
    : new Response(encodeRailsXml(list as never, { listName }), { headers: { "Content-Type": "application/xml" } });
}

const redirect = (location: string) => new Response(null, { status: 302, headers: { Location: location } });

describe("the query serializer", () => {
  it("joins arrays with commas, repeats names ending in [], and leaves out what is unset", () => {
    expect(
      miteQuerySerializer({
        user_id: [211, 212],
        project_id: [3, 4],
        "note[]": ["a b", "c"],
        group_by: ["project", "month"],
        note: undefined,
        at: null,
        service_id: [],
        billable: true,
        limit: 10,
      }),
    ).toBe("user_id=211,212&project_id=3,4&note[]=a%20b&note[]=c&group_by=project,month&billable=true&limit=10");
  });
});

describe.each(["json", "xml"] as const)("time entries in %s", (format) => {
  it("sends every filter as mite reads it", async () => {
    const { mite, requests } = clientWith(format, () => listResponse(format, [], "time_entries"));
    await unwrap(
      mite.GET("/time_entries", {
        params: {
          query: { user_id: "current", project_id: [88309, 88310], "note[]": ["x", "y"], at: "last_week", billable: false },
        },
      }),
    );
    const url = new URL(requests[0]?.url ?? "");
    expect(url.pathname).toBe(`/time_entries.${format}`);
    expect(url.search).toBe("?user_id=current&project_id=88309,88310&note[]=x&note[]=y&at=last_week&billable=false");
  });

  it("paginates time entries with their filters", async () => {
    const { mite, requests } = clientWith(format, () => listResponse(format, [{ time_entry: entry }], "time_entries"));
    const entries = await mite.paginate("/time_entries", { query: { user_id: [211], at: "this_month" }, pageSize: 5 }).toArray();
    expect(entries).toEqual([entry]);
    expect(new URL(requests[0]?.url ?? "").search).toBe("?user_id=211&at=this_month&limit=5&page=1");
  });

  it("groups: group_by goes comma-separated and the groups come back as mite sends them", async () => {
    const group = {
      minutes: 60,
      revenue: null,
      project_id: 1,
      project_name: "P",
      month: 10,
      year: 2015,
      time_entries_params: { project_id: "1" },
    };
    const { mite, requests } = clientWith(format, () => listResponse(format, [{ time_entry_group: group }], "time_entry_groups"));
    const groups = await unwrap(mite.groupedTimeEntries({ groupBy: ["project", "month"], user_id: "current" }));
    expect(groups).toEqual([{ time_entry_group: group }]);
    expect(new URL(requests[0]?.url ?? "").search).toBe("?user_id=current&group_by=project,month");
  });

  it("refuses to group by nothing", async () => {
    const { mite, requests } = clientWith(format, () => listResponse(format, [], "time_entries"));
    await expect(mite.groupedTimeEntries({ groupBy: [] as never })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });

  it("follows a bookmark: reads the redirect, then asks for that list itself", async () => {
    const { mite, requests } = clientWith(format, (request) =>
      new URL(request.url).pathname.includes("/follow")
        ? redirect(`https://demo.mite.de/time_entries.${format}?project_id=21243&at=this_week`)
        : listResponse(format, [{ time_entry: entry }], "time_entries"),
    );
    const result = await mite.followBookmark(79133);
    expect(result.data).toEqual([{ time_entry: entry }]);
    expect(result.query).toEqual({ project_id: 21243, at: "this_week" });
    expect(requests.map((request) => new URL(request.url).pathname + new URL(request.url).search)).toEqual([
      `/time_entries/bookmarks/79133/follow.${format}`,
      `/time_entries.${format}?project_id=21243&at=this_week`,
    ]);
    expect(requests[1]?.headers.get("X-MiteApiKey")).toBe("secret-key");
  });

  it("follows a bookmark with the API key in the query: its redirect survives the request's rewrite", async () => {
    const { mite, requests } = clientWith(
      format,
      (request) =>
        new URL(request.url).pathname.includes("/follow")
          ? redirect(`https://demo.mite.de/time_entries.${format}?project_id=21243`)
          : listResponse(format, [{ time_entry: entry }], "time_entries"),
      miteApiKey("secret-key", { in: "query" }),
    );
    const result = await mite.followBookmark(79133);
    expect(result.data).toEqual([{ time_entry: entry }]);
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      `/time_entries/bookmarks/79133/follow.${format}`,
      `/time_entries.${format}`,
    ]);
  });

  it("follows a grouping bookmark to its groups", async () => {
    const group = { minutes: 6, revenue: null, user_id: 1, user_name: "Freddy", time_entries_params: { user_id: "1" } };
    const { mite, requests } = clientWith(format, (request) =>
      new URL(request.url).pathname.includes("/follow")
        ? redirect(`/time_entries.${format}?group_by=user,month&billable=true`)
        : listResponse(format, [{ time_entry_group: group }], "time_entry_groups"),
    );
    const result = await mite.followBookmark(79134);
    expect(result.data).toEqual([{ time_entry_group: group }]);
    expect(result.query).toEqual({ group_by: ["user", "month"], billable: true });
    expect(new URL(requests[1]?.url ?? "").search).toBe("?group_by=user,month&billable=true");
  });

  it("never contacts the host a bookmark redirects to: only its query is used", async () => {
    const { mite, requests } = clientWith(format, (request) =>
      new URL(request.url).pathname.includes("/follow")
        ? redirect("https://evil.example/time_entries.json?user_id=5")
        : listResponse(format, [], "time_entries"),
    );
    const result = await mite.followBookmark(1);
    expect(result.query).toEqual({ user_id: 5 });
    expect(requests.map((request) => new URL(request.url).origin)).toEqual(["https://demo.mite.de", "https://demo.mite.de"]);
  });

  it("reports a missing bookmark as the follow request's error", async () => {
    const { mite, requests } = clientWith(format, () =>
      format === "json"
        ? Response.json({ error: "The record could not be found." }, { status: 404 })
        : new Response("<errors><error>The record could not be found.</error></errors>", {
            status: 404,
            headers: { "Content-Type": "application/xml" },
          }),
    );
    const result = await mite.followBookmark(1);
    expect(result.error).toEqual({ error: "The record could not be found." });
    expect(requests).toHaveLength(1);
    const error = await unwrap(mite.followBookmark(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it("refuses a redirect that does not lead to time entries", async () => {
    const { mite, requests } = clientWith(format, () => redirect("/login"));
    const error = await mite.followBookmark(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).message).toBe(
      "GET /time_entries/bookmarks/{id}/follow (followBookmark) redirected to /login, not to a time-entries list",
    );
    expect(requests).toHaveLength(1);
  });

  it("reads the bookmark's own query where the runtime hides the redirect (a browser)", async () => {
    const bookmark = {
      id: 79133,
      name: "B",
      query: "project_id=21243&at=this_week",
      type: "time_entries",
      account_id: 1,
      user_id: null,
    };
    const { mite, requests } = clientWith(format, (request) => {
      const { pathname } = new URL(request.url);
      if (pathname.includes("/follow")) {
        const opaque = new Response(null, { status: 200 });
        Object.defineProperty(opaque, "type", { value: "opaqueredirect" });
        return opaque;
      }
      if (pathname.startsWith("/time_entries/bookmarks/")) {
        return format === "json"
          ? Response.json({ bookmark })
          : new Response(encodeRailsXml({ bookmark } as never), { headers: { "Content-Type": "application/xml" } });
      }
      return listResponse(format, [{ time_entry: entry }], "time_entries");
    });
    const result = await mite.followBookmark(79133);
    expect(result.data).toEqual([{ time_entry: entry }]);
    expect(result.query).toEqual({ project_id: 21243, at: "this_week" });
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      `/time_entries/bookmarks/79133/follow.${format}`,
      `/time_entries/bookmarks/79133.${format}`,
      `/time_entries.${format}`,
    ]);
  });

  it("leaves the raw follow operation's 302 to the caller, unfollowed", async () => {
    const { mite, requests } = clientWith(format, () => redirect("/time_entries.json?at=today"));
    const { data, response } = await mite.GET("/time_entries/bookmarks/{id}/follow", { params: { path: { id: 1 } } });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/time_entries.json?at=today");
    expect(data).toBeUndefined();
    expect(requests).toHaveLength(1);
  });
});

describe("a bookmark followed with the API key in the query", () => {
  it("does not carry an api_key of the redirect over; the client adds its own, once", async () => {
    const { mite, requests } = clientWith(
      "json",
      (request) =>
        new URL(request.url).pathname.includes("/follow")
          ? redirect("/time_entries.json?at=today&api_key=leaked")
          : listResponse("json", [], "time_entries"),
      miteApiKey("secret-key", { in: "query" }),
    );
    const result = await mite.followBookmark(1);
    expect(result.query).toEqual({ at: "today" });
    expect(new URL(requests[1]?.url ?? "").searchParams.getAll("api_key")).toEqual(["secret-key"]);
  });
});

describe("parseTimeEntryQuery", () => {
  it("types what it can and keeps the rest", () => {
    expect(
      parseTimeEntryQuery(
        "user_id=current&customer_id=3,4&service_id=12&note[]=a&note[]=b&locked=false&limit=20&at=2015-10-16&x=y",
      ),
    ).toEqual({
      user_id: "current",
      customer_id: [3, 4],
      service_id: 12,
      "note[]": ["a", "b"],
      locked: false,
      limit: 20,
      at: "2015-10-16",
      x: "y",
    });
  });

  it("reads a group's time_entries_params", () => {
    expect(parseTimeEntryQuery({ project_id: "88309", from: "2015-10-01", to: "2015-10-31" })).toEqual({
      project_id: 88309,
      from: "2015-10-01",
      to: "2015-10-31",
    });
  });
});
