// What the response schemas must accept beyond the spec's examples, in JSON and in the XML Rails writes for
// it: a time tracker's records without money, null notes, a null `tracking`, fractional revenue, a role mite
// may add. Checked with the contract harness, as recorded traffic is.
import { fileURLToPath } from "node:url";
import { ContractSpec, checkResponse } from "@punchclock/contract-harness";
import { beforeAll, describe, expect, it } from "vitest";

let spec: ContractSpec;
beforeAll(async () => {
  spec = await ContractSpec.load(fileURLToPath(new URL("../../../specs/mite/openapi.yaml", import.meta.url)));
});

const problemsOf = (operationId: string, mediaType: string, body: string) =>
  checkResponse(spec, spec.operation(operationId), 200, { "content-type": `${mediaType}; charset=utf-8` }, body);

const cases: Array<{ name: string; operationId: string; json: unknown; xml: string }> = [
  {
    name: "a time tracker's time entry: no revenue, no hourly rate; a null note and tracking",
    operationId: "getTimeEntry",
    json: {
      time_entry: {
        id: 1,
        minutes: 30,
        date_at: "2015-10-16",
        note: null,
        billable: true,
        locked: false,
        user_id: 2,
        user_name: "Noah Scott",
        project_id: null,
        project_name: null,
        customer_id: null,
        customer_name: null,
        service_id: null,
        service_name: null,
        tracking: null,
        created_at: "2015-10-16T12:39:00+02:00",
        updated_at: "2015-10-16T12:39:00+02:00",
      },
    },
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<time-entry>
  <id type="integer">1</id>
  <minutes type="integer">30</minutes>
  <date-at type="date">2015-10-16</date-at>
  <note nil="true"/>
  <billable type="boolean">true</billable>
  <locked type="boolean">false</locked>
  <user-id type="integer">2</user-id>
  <user-name>Noah Scott</user-name>
  <project-id type="integer" nil="true"/>
  <project-name nil="true"/>
  <customer-id type="integer" nil="true"/>
  <customer-name nil="true"/>
  <service-id type="integer" nil="true"/>
  <service-name nil="true"/>
  <tracking nil="true"/>
  <created-at type="datetime">2015-10-16T12:39:00+02:00</created-at>
  <updated-at type="datetime">2015-10-16T12:39:00+02:00</updated-at>
</time-entry>`,
  },
  {
    name: "a time entry with fractional revenue and a null hourly rate",
    operationId: "getTimeEntry",
    json: {
      time_entry: {
        id: 1,
        minutes: 7,
        date_at: "2015-10-16",
        note: "",
        billable: true,
        locked: false,
        revenue: 1166.6666666666667,
        hourly_rate: null,
        user_id: 2,
        user_name: "Noah Scott",
        project_id: 3,
        project_name: "API Docs",
        customer_id: 4,
        customer_name: "King Inc.",
        service_id: 5,
        service_name: "Writing",
        created_at: "2015-10-16T12:39:00+02:00",
        updated_at: "2015-10-16T12:39:00+02:00",
      },
    },
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<time-entry>
  <id type="integer">1</id>
  <minutes type="integer">7</minutes>
  <date-at type="date">2015-10-16</date-at>
  <note></note>
  <billable type="boolean">true</billable>
  <locked type="boolean">false</locked>
  <revenue type="float">1166.6666666666667</revenue>
  <hourly-rate type="integer" nil="true"/>
  <user-id type="integer">2</user-id>
  <user-name>Noah Scott</user-name>
  <project-id type="integer">3</project-id>
  <project-name>API Docs</project-name>
  <customer-id type="integer">4</customer-id>
  <customer-name>King Inc.</customer-name>
  <service-id type="integer">5</service-id>
  <service-name>Writing</service-name>
  <created-at type="datetime">2015-10-16T12:39:00+02:00</created-at>
  <updated-at type="datetime">2015-10-16T12:39:00+02:00</updated-at>
</time-entry>`,
  },
  {
    name: "a time tracker's project: no rates, no budget",
    operationId: "getProject",
    json: {
      project: {
        id: 643,
        name: "Open-Source",
        note: "",
        customer_id: 291,
        customer_name: "Yolk",
        archived: false,
        created_at: "2011-08-17T12:06:57+02:00",
        updated_at: "2015-02-19T10:53:10+01:00",
      },
    },
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<project>
  <id type="integer">643</id>
  <name>Open-Source</name>
  <note></note>
  <customer-id type="integer">291</customer-id>
  <customer-name>Yolk</customer-name>
  <archived type="boolean">false</archived>
  <created-at type="datetime">2011-08-17T12:06:57+02:00</created-at>
  <updated-at type="datetime">2015-02-19T10:53:10+01:00</updated-at>
</project>`,
  },
  {
    name: "a time tracker's service: no rate, a null note",
    operationId: "getService",
    json: {
      service: {
        id: 38672,
        name: "Coding",
        note: null,
        archived: false,
        billable: true,
        created_at: "2009-12-13T12:12:00+01:00",
        updated_at: "2015-12-13T07:20:04+01:00",
      },
    },
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<service>
  <id type="integer">38672</id>
  <name>Coding</name>
  <note nil="true"/>
  <archived type="boolean">false</archived>
  <billable type="boolean">true</billable>
  <created-at type="datetime">2009-12-13T12:12:00+01:00</created-at>
  <updated-at type="datetime">2015-12-13T07:20:04+01:00</updated-at>
</service>`,
  },
  {
    name: "a user with a role mite may add",
    operationId: "getMyself",
    json: {
      user: {
        id: 3456,
        name: "August Ausgedacht",
        email: "august@demo.de",
        note: "",
        archived: false,
        role: "accountant",
        language: "de",
        created_at: "2013-06-23T23:00:58+02:00",
        updated_at: "2015-07-25T01:26:35+02:00",
      },
    },
    xml: `<?xml version="1.0" encoding="UTF-8"?>
<user>
  <id type="integer">3456</id>
  <name>August Ausgedacht</name>
  <email>august@demo.de</email>
  <note></note>
  <archived type="boolean">false</archived>
  <role>accountant</role>
  <language>de</language>
  <created-at type="datetime">2013-06-23T23:00:58+02:00</created-at>
  <updated-at type="datetime">2015-07-25T01:26:35+02:00</updated-at>
</user>`,
  },
];

describe("the response schemas accept", () => {
  describe.each(cases)("$name", ({ operationId, json, xml }) => {
    it("in JSON", () => expect(problemsOf(operationId, "application/json", JSON.stringify(json))).toEqual([]));
    it("in XML", () => expect(problemsOf(operationId, "application/xml", xml)).toEqual([]));
  });

  it("a customer without rates (time trackers read the customers of their projects)", () => {
    const customer = {
      id: 1,
      name: "Acme",
      note: "",
      archived: false,
      created_at: "2011-08-17T12:06:57+02:00",
      updated_at: "2015-02-19T10:53:10+01:00",
    };
    expect(problemsOf("getCustomer", "application/json", JSON.stringify({ customer }))).toEqual([]);
  });

  it("but not a revenue that is not a number", () => {
    const entry = structuredClone(cases[1]?.json) as { time_entry: Record<string, unknown> };
    entry.time_entry.revenue = "1166.67";
    expect(problemsOf("getTimeEntry", "application/json", JSON.stringify(entry))).not.toEqual([]);
  });
});
