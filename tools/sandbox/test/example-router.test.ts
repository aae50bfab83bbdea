import { describe, expect, it } from "vitest";
import { groupedTimeEntriesExample } from "../src/example-router.js";

const pick = (method: string, url: string) => groupedTimeEntriesExample(method, new URL(url, "http://sandbox"));

describe("the sandbox's example choice for mite's grouped time entries", () => {
  it("names the example after the groupings, in order, in both formats", () => {
    expect(pick("GET", "/time_entries.json?group_by=project")).toBe("byProject");
    expect(pick("GET", "/time_entries.xml?group_by=project,month&at=this_year")).toBe("byProjectAndMonth");
  });

  it("leaves everything else to Prism's default", () => {
    expect(pick("GET", "/time_entries.json")).toBeUndefined();
    expect(pick("GET", "/time_entries.json?group_by=")).toBeUndefined();
    expect(pick("POST", "/time_entries.json?group_by=project")).toBeUndefined();
    expect(pick("GET", "/customers.json?group_by=project")).toBeUndefined();
  });
});
