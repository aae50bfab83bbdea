import { runDemo } from "@punchclock/examples";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "../src/sandbox.js";

// End to end: real HTTP to Prism on loopback, serving the specs.
describe("the sandbox and the demo", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    sandbox = await startSandbox({ kimaiPort: 4020, mitePort: 4021 });
  });
  afterAll(async () => {
    await sandbox?.stop();
    nock.disableNetConnect();
  });

  it("runs the demo: customers from Kimai and from mite in JSON and XML, and typed errors", async () => {
    const lines: string[] = [];
    await runDemo({ kimaiUrl: sandbox.kimaiUrl, miteUrl: sandbox.miteUrl, log: (line) => lines.push(line) });
    expect(lines).toContain("Kimai 2.65.0 at http://127.0.0.1:4020");
    expect(lines).toContain("  customer #2 Globex (USD, visible)");
    const miteJson = lines.slice(lines.findIndex((line) => line.startsWith("mite (json)")));
    const miteXml = lines.slice(lines.findIndex((line) => line.startsWith("mite (xml)")));
    // Both formats print the same customers.
    expect(miteJson.slice(1, 4)).toEqual(miteXml.slice(1, 4));
    expect(miteXml).toContain("  customer #643 Acme (60.00/h, 1 service rates)");
    // Kimai's timesheet flow: a running timer, this week's timesheets page by page, the timer stopped.
    expect(lines).toContain("started timesheet #43 at 2024-06-03T13:30:00+0200 (running: true)");
    expect(lines).toContain("  timesheet #43 2024-06-03T11:30:00.000Z running Weekly sync with the faculty");
    expect(lines).toContain("  2 timesheets this week, on 1 page(s)");
    expect(lines).toContain("stopped timesheet #43 at 2024-06-03T14:30:00+0200 after 1:00 h");
    // mite's time-entries flow gives the same lines in both formats, the grouped report included.
    const flow = (from: string[]) =>
      from.slice(
        from.findIndex((line) => line.includes("time entry #")),
        from.findIndex((line) => line.startsWith("  API Docs 2015-11")) + 1,
      );
    expect(flow(miteJson)).toEqual(
      flow(
        miteXml.slice(
          0,
          miteXml.findIndex((line) => line.startsWith("Kimai refused")),
        ),
      ),
    );
    expect(flow(miteXml)).toEqual([
      "  time entry #36159204 on 2015-10-16: 3:05 h, Data model review",
      "  tracker started on #36135322 (0 min so far)",
      "  tracker stopped on #36134329 at 46 min",
      "  API Docs 2015-10: 20:00 h, 1080.00 EUR",
      "  API Docs 2015-11: 5:00 h, 270.00 EUR",
    ]);
    expect(lines).toContain("  currency: This value is not a valid currency.");
    expect(lines).toContain(`mite refused the customer: UnprocessableEntityError 422, "Name can't be blank" (createCustomer)`);
    expect(lines).toContain("logged request GET /api/ping (ping) Authorization: [REDACTED]");
    expect(lines).toContain("logged response GET /api/ping (ping) -> 200");
    expect(lines).toContain("aborted: RequestAbortedError: GET /api/customers (listCustomers) was aborted");
    expect(lines.join("\n")).not.toContain("demo-token");
  });

  it("refuses requests that break the spec", async () => {
    const noAuth = await fetch(`${sandbox.kimaiUrl}/api/customers`);
    expect(noAuth.status).toBe(401);
    const badId = await fetch(`${sandbox.miteUrl}/customers/abc.json`, { headers: { "X-MiteApiKey": "k" } });
    expect(badId.status).toBeGreaterThanOrEqual(400);
  });
});
