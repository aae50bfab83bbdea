import { encodeRailsXml } from "@punchclock/core";

/** `count` mite time entries in mite's JSON shape (about 780 bytes of XML each). */
export function timeEntries(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    time_entry: {
      id: 36_159_117 + i,
      minutes: 15 + (i % 240),
      date_at: `2015-10-${String(1 + (i % 28)).padStart(2, "0")}`,
      note: `Rework description of authentication process, part ${i} & <follow-up>`,
      billable: i % 3 !== 0,
      locked: false,
      revenue: i % 5 === 0 ? null : 1234.5 + i,
      hourly_rate: 6000,
      user_id: 211,
      user_name: "Noah Scott",
      project_id: 88_309,
      project_name: "API Docs",
      customer_id: 3213,
      customer_name: "King Inc.",
      service_id: 12_984,
      service_name: "Writing",
      created_at: "2015-10-16T12:39:00+02:00",
      updated_at: "2015-10-16T12:39:00+02:00",
    },
  }));
}

export const entries = timeEntries(10_000);
export const xml = encodeRailsXml(entries);
export const json = JSON.stringify(entries);
