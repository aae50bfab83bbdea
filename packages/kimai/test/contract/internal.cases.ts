// Contract cases of the internal operations (see ../contract.test.ts): routes Kimai's own UI calls
// (`x-internal: true`), left out of the published docs but part of the client.
import type { ContractCase } from "@punchclock/contract-harness";
import { NotFoundError, unwrap } from "@punchclock/core";
import { expect } from "vitest";
import type { KimaiClient, PageActionItem } from "../../src/index.js";

export const internalCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listActivityActions",
    call: (kimai) =>
      kimai.GET("/api/actions/activity/{id}/{view}/{locale}", { params: { path: { id: 7, view: "index", locale: "en" } } }),
  },
  {
    operationId: "listCustomerActions",
    call: (kimai) =>
      kimai.GET("/api/actions/customer/{id}/{view}/{locale}", { params: { path: { id: 1, view: "index", locale: "en" } } }),
  },
  {
    operationId: "listProjectActions",
    call: (kimai) =>
      kimai.GET("/api/actions/project/{id}/{view}/{locale}", { params: { path: { id: 3, view: "index", locale: "en" } } }),
  },
  {
    operationId: "listTimesheetActions",
    call: (kimai) =>
      kimai.GET("/api/actions/timesheet/{id}/{view}/{locale}", {
        params: { path: { id: 12, view: "index", locale: "en" } },
      }),
    check: ({ data }, _expected, sent) => {
      expect(sent.url.pathname).toBe("/api/actions/timesheet/12/index/en");
      // `attr` is a JSON object (`{}` when empty), never a list.
      expect((data as PageActionItem[]).map((item) => [item.id, item.divider, Array.isArray(item.attr)])).toEqual([
        ["repeat", false, false],
        ["edit", false, false],
        ["copy", false, false],
        ["divider0", true, false],
        ["trash", true, false],
      ]);
    },
  },
  {
    operationId: "listTimesheetActions",
    name: "unknown timesheet",
    status: 404,
    call: (kimai) =>
      kimai.GET("/api/actions/timesheet/{id}/{view}/{locale}", { params: { path: { id: 999, view: "custom", locale: "de" } } }),
    check: async (result) => {
      expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
    },
  },
  {
    operationId: "deleteExportTemplate",
    call: (kimai) => kimai.DELETE("/api/export/{id}", { params: { path: { id: 5 } } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "deleteInvoiceDocument",
    call: (kimai) => kimai.DELETE("/api/invoices/documents/{id}", { params: { path: { id: 3 } } }),
    check: (_result, _expected, sent) => expect(sent.url.pathname).toBe("/api/invoices/documents/3"),
  },
  {
    operationId: "deleteInvoiceTemplate",
    call: (kimai) => kimai.DELETE("/api/invoices/templates/{id}", { params: { path: { id: 2 } } }),
    check: (_result, _expected, sent) => expect(sent.url.pathname).toBe("/api/invoices/templates/2"),
  },
  {
    operationId: "addDashboardWidget",
    call: (kimai) => kimai.POST("/api/dashboard/widgets/{widget}", { params: { path: { widget: "userDurationWeek" } } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
  {
    operationId: "addDashboardWidget",
    name: "unknown widget",
    status: 404,
    call: (kimai) => kimai.POST("/api/dashboard/widgets/{widget}", { params: { path: { widget: "noSuchWidget" } } }),
    check: async (result) => {
      expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
    },
  },
  {
    operationId: "resetDashboard",
    call: (kimai) => kimai.DELETE("/api/dashboard/widgets"),
    check: ({ response }) => expect(response.status).toBe(204),
  },
];
