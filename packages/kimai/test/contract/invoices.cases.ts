// Contract cases of the invoices operations (see ../contract.test.ts).
import type { ContractCase } from "@punchclock/contract-harness";
import { NotFoundError, PermissionDeniedError, unwrap } from "@punchclock/core";
import type { Middleware } from "openapi-fetch";
import { expect } from "vitest";
import type { KimaiClient } from "../../src/index.js";

const id = { id: 42 };

/** A per-call middleware that records the URL of the request as it goes on the wire. */
function wire(): { middleware: Middleware[]; url: () => URL } {
  let sent: string | undefined;
  return {
    middleware: [
      {
        onRequest({ request }) {
          sent = request.url;
          return undefined;
        },
      },
    ],
    url: () => new URL(sent ?? "about:blank"),
  };
}

const filtered = wire();
const unfiltered = wire();

export const invoiceCases: ContractCase<KimaiClient>[] = [
  {
    operationId: "listInvoices",
    name: "every filter, PHP-style arrays on the wire",
    call: (kimai) =>
      kimai.GET("/api/invoices", {
        middleware: filtered.middleware,
        params: {
          query: {
            begin: "2024-06-01T00:00:00",
            end: "2024-06-30T23:59:59",
            "customers[]": [1, 2],
            "status[]": ["pending", "paid"],
            page: 2,
            size: 25,
          },
        },
      }),
    check: () => {
      const query = filtered.url().searchParams;
      expect(query.getAll("customers[]")).toEqual(["1", "2"]);
      expect(query.getAll("status[]")).toEqual(["pending", "paid"]);
      expect(query.get("begin")).toBe("2024-06-01T00:00:00");
      expect(query.get("end")).toBe("2024-06-30T23:59:59");
      expect([query.get("page"), query.get("size")]).toEqual(["2", "25"]);
    },
  },
  {
    operationId: "listInvoices",
    name: "no filters, paging headers",
    call: (kimai) => kimai.GET("/api/invoices", { middleware: unfiltered.middleware }),
    check: ({ response }) => {
      expect(unfiltered.url().search).toBe("");
      const headers = ["X-Page", "X-Per-Page", "X-Total-Count", "X-Total-Pages"].map((name) => response.headers.get(name));
      expect(headers).toEqual(["1", "50", "2", "1"]);
    },
  },
  {
    operationId: "listInvoices",
    name: "page past the last one",
    status: 404,
    call: (kimai) => kimai.GET("/api/invoices", { params: { query: { page: 99 } } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).operationId).toBe("listInvoices");
    },
  },
  {
    operationId: "listInvoices",
    name: "a customer the user cannot access",
    status: 403,
    call: (kimai) => kimai.GET("/api/invoices", { params: { query: { "customers[]": [7] } } }),
    check: async (result) => {
      expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(PermissionDeniedError);
    },
  },
  { operationId: "getInvoice", call: (kimai) => kimai.GET("/api/invoices/{id}", { params: { path: id } }) },
  {
    operationId: "getInvoice",
    status: 404,
    call: (kimai) => kimai.GET("/api/invoices/{id}", { params: { path: { id: 999 } } }),
    check: async (result) => {
      const error = await unwrap(result).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).operationId).toBe("getInvoice");
    },
  },
  {
    operationId: "setInvoiceCustomFields",
    call: (kimai) =>
      kimai.PATCH("/api/invoices/{id}/custom-fields", {
        params: { path: id },
        body: [
          { name: "purchase_order", value: "PO-2024-117" },
          { name: "cost_center", value: 4711 },
        ],
      }),
  },
  {
    operationId: "setInvoiceCustomFields",
    name: "a custom field that is not configured",
    status: 404,
    call: (kimai) =>
      kimai.PATCH("/api/invoices/{id}/custom-fields", { params: { path: id }, body: [{ name: "unknown", value: "x" }] }),
    check: async (result) => {
      expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
    },
  },
  {
    // The document as a Blob: openapi-fetch's `parseAs: "blob"`. Kimai sends the stored file whatever the
    // Accept header says, so the mock answers with the PDF although the client asks for JSON.
    operationId: "downloadInvoice",
    name: "as a Blob (parseAs)",
    mediaType: "application/pdf",
    call: (kimai) => kimai.GET("/api/invoices/{id}/download", { params: { path: id }, parseAs: "blob" }),
    check: async ({ data, response }) => {
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect(response.headers.get("Content-Disposition")).toBe("attachment; filename=INV-2024-0042-acme_university.pdf");
      expect(data).toBeInstanceOf(Blob);
      expect(await (data as Blob).text()).toMatch(/^%PDF-/);
    },
  },
  {
    operationId: "downloadInvoice",
    name: "document file missing",
    status: 404,
    call: (kimai) => kimai.GET("/api/invoices/{id}/download", { params: { path: id }, parseAs: "blob" }),
    check: async (result) => {
      expect(await unwrap(result).catch((e: unknown) => e)).toBeInstanceOf(NotFoundError);
    },
  },
  {
    operationId: "deleteInvoice",
    call: (kimai) => kimai.DELETE("/api/invoices/{id}", { params: { path: id } }),
    check: ({ response }) => expect(response.status).toBe(204),
  },
];
