import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ContractSpec, MockApi } from "../src/index.js";

const specPath = (name: string) => fileURLToPath(new URL(`../../../specs/${name}/openapi.yaml`, import.meta.url));
const KIMAI = "https://kimai.test";
const MITE = "https://demo.mite.de";
const bearer = { Authorization: "Bearer token" };
const json = { ...bearer, "Content-Type": "application/json" };

let kimai: ContractSpec;
let mite: ContractSpec;
let mock: MockApi | undefined;
beforeAll(async () => {
  [kimai, mite] = await Promise.all([ContractSpec.load(specPath("kimai")), ContractSpec.load(specPath("mite"))]);
});
afterEach(() => mock?.dispose());

/** Sends one raw request to a mock expecting `operationId` and returns the violations it recorded. */
async function violationsOf(spec: ContractSpec, base: string, operationId: string, path: string, init: RequestInit = {}) {
  mock = new MockApi(spec, base).respond(operationId);
  await fetch(`${base}${path}`, init);
  return mock.violations.map((violation) => violation.message);
}

describe("the harness catches requests that break the spec", () => {
  it("accepts a valid request (the baseline for the cases below)", async () => {
    expect(await violationsOf(kimai, KIMAI, "listCustomers", "/api/customers?visible=3&orderBy=id", { headers: bearer })).toEqual(
      [],
    );
    expect(() => mock?.assertClean()).not.toThrow();
  });

  it("a query parameter of the wrong type", async () => {
    const violations = await violationsOf(kimai, KIMAI, "listCustomers", "/api/customers?visible=all", { headers: bearer });
    expect(violations).toEqual([
      'query parameter "visible" = "all" must be integer',
      'query parameter "visible" = "all" must be equal to one of the allowed values [1,2,3]',
    ]);
    expect(() => mock?.assertClean()).toThrow(/Contract violations/);
  });

  it("a value outside an enum, and a query parameter the spec does not have", async () => {
    const violations = await violationsOf(kimai, KIMAI, "listCustomers", "/api/customers?orderBy=city&page=2", {
      headers: bearer,
    });
    expect(violations).toEqual([
      'query parameter "orderBy" = "city" must be equal to one of the allowed values ["id","name"]',
      'query parameter "page" is not in the spec',
    ]);
  });

  it("a path parameter of the wrong type", async () => {
    const violations = await violationsOf(kimai, KIMAI, "getCustomer", "/api/customers/abc", { headers: bearer });
    expect(violations).toEqual([expect.stringMatching(/path parameter "id" = "abc" must be integer/)]);
  });

  it("a missing required body field", async () => {
    // Kimai fills defaults for everything but the name of a new customer.
    const body = JSON.stringify({ country: "DE", language: "de", currency: "EUR", timezone: "Europe/Berlin" });
    const violations = await violationsOf(kimai, KIMAI, "createCustomer", "/api/customers", {
      method: "POST",
      headers: json,
      body,
    });
    expect(violations).toEqual([expect.stringMatching(/request body \(root\) must have required property 'name'/)]);
  });

  it("a body field of the wrong type and a field the form does not have", async () => {
    const body = JSON.stringify({ visible: "yes", nmae: "typo" });
    const violations = await violationsOf(kimai, KIMAI, "updateCustomer", "/api/customers/1", {
      method: "PATCH",
      headers: json,
      body,
    });
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/request body \/visible must be boolean/),
        expect.stringMatching(/must NOT have additional properties "nmae"/),
      ]),
    );
  });

  it("missing credentials, and half of the legacy header pair", async () => {
    expect(await violationsOf(kimai, KIMAI, "ping", "/api/ping")).toEqual([
      "no credentials for any security requirement (bearerAuth | legacyUser + legacyToken)",
    ]);
    expect(await violationsOf(kimai, KIMAI, "ping", "/api/ping", { headers: { "X-AUTH-USER": "susan" } })).toHaveLength(1);
    expect(
      await violationsOf(kimai, KIMAI, "ping", "/api/ping", { headers: { "X-AUTH-USER": "susan", "X-AUTH-TOKEN": "pw" } }),
    ).toEqual([]);
  });

  it("a body the operation does not take, and a body with the wrong content type", async () => {
    expect(await violationsOf(kimai, KIMAI, "ping", "/api/ping", { method: "GET", headers: bearer })).toEqual([]);
    const violations = await violationsOf(kimai, KIMAI, "setCustomerMeta", "/api/customers/1/meta", {
      method: "PATCH",
      headers: { ...bearer, "Content-Type": "text/plain" },
      body: "name=sector",
    });
    expect(violations).toEqual(['Content-Type "text/plain" is not one of application/json']);
  });

  it("a request for another operation than expected, and a path the spec does not have", async () => {
    expect(await violationsOf(kimai, KIMAI, "getCustomer", "/api/customers/1/rates", { headers: bearer })).toEqual([
      "expected getCustomer, got listCustomerRates",
    ]);
  });

  it("a mite path without the format suffix", async () => {
    const violations = await violationsOf(mite, MITE, "listCustomers", "/customers", { headers: { "X-MiteApiKey": "k" } });
    expect(violations).toEqual(["no operation of the spec is GET /customers"]);
  });

  it("an unknown mite format", async () => {
    const violations = await violationsOf(mite, MITE, "listCustomers", "/customers.yaml", { headers: { "X-MiteApiKey": "k" } });
    expect(violations).toEqual([expect.stringMatching(/path parameter "format" = "yaml" must be equal to one of/)]);
  });

  it("an XML body whose values do not decode to the schema's types", async () => {
    const body = "<customer><archived>yes</archived></customer>";
    const violations = await violationsOf(mite, MITE, "updateCustomer", "/customers/1.xml", {
      method: "PATCH",
      headers: { "X-MiteApiKey": "k", "Content-Type": "application/xml" },
      body,
    });
    expect(violations).toEqual([expect.stringMatching(/request body \/customer\/archived must be boolean/)]);
  });

  it("an XML body that is not well-formed", async () => {
    const violations = await violationsOf(mite, MITE, "createCustomer", "/customers.xml", {
      method: "POST",
      headers: { "X-MiteApiKey": "k", "Content-Type": "application/xml" },
      body: "<customer><name>Big Inc.</customer>",
    });
    expect(violations).toEqual([expect.stringMatching(/does not parse as xml/)]);
  });

  it("the api_key query parameter counts as credentials, not as an unknown parameter", async () => {
    expect(await violationsOf(mite, MITE, "getAccount", "/account.json?api_key=k")).toEqual([]);
  });
});

describe("the harness catches responses that break the spec", () => {
  it("a body that breaks the response schema", async () => {
    mock = new MockApi(kimai, KIMAI).respond("getCustomer", { status: 200, body: { id: "1", name: "Acme" } });
    await fetch(`${KIMAI}/api/customers/1`, { headers: bearer });
    expect(mock.violations.map((violation) => violation.kind)).toContain("response");
    expect(mock.violations.map((violation) => violation.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/response body \/id must be integer/),
        expect.stringMatching(/required property 'visible'/),
      ]),
    );
    expect(() => mock?.assertClean()).toThrow(/response of getCustomer/);
  });

  it("a status the operation does not declare", async () => {
    mock = new MockApi(kimai, KIMAI).respond("ping", { status: 500, body: { code: 500, message: "oops" } });
    await fetch(`${KIMAI}/api/ping`, { headers: bearer });
    expect(mock.violations.map((violation) => violation.message)).toEqual(["status 500 is not a response of ping"]);
  });

  it("XML that does not match the schema once decoded", async () => {
    mock = new MockApi(mite, MITE).respond("getAccount", { body: "<account><id>1</id></account>", mediaType: "application/xml" });
    await fetch(`${MITE}/account.xml`, { headers: { "X-MiteApiKey": "k", Accept: "application/xml" } });
    expect(mock.violations.map((violation) => violation.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/account\/id must be integer/),
        expect.stringMatching(/required property 'currency'/),
      ]),
    );
  });

  it("an empty document where the spec promises one, and a document of a type it does not declare", async () => {
    mock = new MockApi(kimai, KIMAI).respond("downloadInvoice", { body: "", mediaType: "application/pdf" });
    await fetch(`${KIMAI}/api/invoices/1/download`, { headers: bearer });
    expect(mock.violations.map((violation) => violation.message)).toEqual([expect.stringMatching(/status 200 needs a body/)]);
    mock.dispose();
    mock = new MockApi(kimai, KIMAI).respond("downloadInvoice", { body: "%PDF-1.7", mediaType: "image/png" });
    await fetch(`${KIMAI}/api/invoices/1/download`, { headers: bearer });
    expect(mock.violations.map((violation) => violation.message)).toEqual([expect.stringMatching(/Content-Type "image\/png"/)]);
  });

  it("an empty document example", () => {
    const pointer = `${kimai.operationPointer(kimai.operation("downloadInvoice"))}/responses/200/content/application~1pdf`;
    expect(kimai.validateBody(pointer, "application/pdf", "").problems).toEqual([
      { where: "(body)", message: "is empty, where the spec promises a document" },
    ]);
    expect(kimai.validateBody(pointer, "application/pdf", "%PDF-1.7").problems).toEqual([]);
  });

  it("an expected request that never came", () => {
    mock = new MockApi(kimai, KIMAI).respond("ping");
    expect(() => mock?.assertClean()).toThrow(/expected requests never came/);
  });
});
