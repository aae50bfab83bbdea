// The documents every benchmark row works on, built once per process (the loopback server builds its own).
import { encodeRailsXml } from "@punchclock/core/xml";

/** One Kimai customer as the API returns it (about 1 kB of JSON). */
export function kimaiCustomer(id) {
  return {
    id,
    name: `Big Inc. ${id}`,
    number: `C-${String(id).padStart(5, "0")}`,
    comment: "Our largest customer since 2019; invoices go to the finance department, not to the project lead.",
    visible: true,
    billable: true,
    currency: "EUR",
    color: "#6b7280",
    vatId: "DE123456789",
    company: "Big Incorporated GmbH & Co. KG",
    contact: "Jane Doe",
    address: "Hauptstraße 1\n10115 Berlin",
    country: "DE",
    phone: "+49 30 1234567",
    fax: null,
    mobile: "+49 170 1234567",
    email: "billing@big-inc.example",
    homepage: "https://big-inc.example",
    timezone: "Europe/Berlin",
    budget: 120000,
    timeBudget: 360000,
    budgetType: "month",
    metaFields: [{ name: "erp-id", value: "4711" }],
    teams: [{ id: 1, name: "Consulting", color: "#2563eb" }],
    invoiceTemplate: null,
    invoiceText: "Payable within 14 days without deduction.",
  };
}

/** `count` mite customers in mite's JSON list shape. */
export function miteCustomers(count) {
  return Array.from({ length: count }, (_, i) => ({
    customer: {
      id: 643 + i,
      name: `Customer ${i} & Sons`,
      note: "Pays on time <usually>",
      active_hourly_rate: "hourly_rate",
      hourly_rate: 6000 + i,
      archived: i % 7 === 0,
      hourly_rates_per_service: [],
      created_at: "2015-10-16T12:39:00+02:00",
      updated_at: "2015-10-16T12:39:00+02:00",
    },
  }));
}

/** `count` mite time entries in mite's JSON shape (about 780 bytes of XML each). */
export function timeEntries(count) {
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

export const customerJson = JSON.stringify(kimaiCustomer(1));
export const customerListJson = JSON.stringify(Array.from({ length: 50 }, (_, i) => kimaiCustomer(i + 1)));
export const miteCustomersJson = JSON.stringify(miteCustomers(500));
export const miteCustomersXml = encodeRailsXml(miteCustomers(500), {
  arrayItemNames: { hourly_rates_per_service: "hourly_rate_per_service" },
});
