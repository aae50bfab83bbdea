import {
  type ApiError,
  DecodeError,
  encodeRailsXml,
  InternalServerError,
  miteApiKey,
  NotFoundError,
  RequestAbortedError,
  unwrap,
} from "@punchclock/core";
import { describe, expect, it } from "vitest";
import { createMiteClient, type MiteFormat } from "../src/index.js";

type Handler = (request: Request) => Response | Promise<Response>;

function clientWith(format: MiteFormat, handler: Handler) {
  const requests: Request[] = [];
  const mite = createMiteClient({
    account: "demo",
    format,
    auth: miteApiKey("secret-key"),
    userAgent: "invoice-sync/1.2",
    fetch: async (request) => {
      requests.push(request.clone());
      return handler(request);
    },
  });
  return { mite, requests };
}

const customer = (id: number) => ({
  id,
  name: `Customer ${id}`,
  note: "",
  archived: false,
  hourly_rate: null,
  active_hourly_rate: null,
  hourly_rates_per_service: [],
  created_at: "2015-10-15T11:40:49+02:00",
  updated_at: "2015-10-15T11:40:49+02:00",
});

/** A fake mite account with `total` customers that pages like mite does. */
function customersServer(format: MiteFormat, total: number): Handler {
  return (request) => {
    const url = new URL(request.url);
    const limit = Number(url.searchParams.get("limit") ?? total);
    const page = Number(url.searchParams.get("page") ?? 1);
    const ids = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * limit, page * limit);
    const list = ids.map((id) => ({ customer: customer(id) }));
    if (format === "json") return Response.json(list);
    const xml = list.length > 0 ? encodeRailsXml(list) : '<?xml version="1.0" encoding="UTF-8"?>\n<customers type="array"/>';
    return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
  };
}

describe.each(["json", "xml"] as const)("mite client in %s", (format) => {
  it("paginates until a short page and yields unwrapped customers", async () => {
    const { mite, requests } = clientWith(format, customersServer(format, 250));
    const names: string[] = [];
    for await (const item of mite.paginate("/customers", { query: { name: "Customer" }, pageSize: 100 })) names.push(item.name);
    expect(names).toHaveLength(250);
    expect(names[249]).toBe("Customer 250");
    expect(requests.map((request) => new URL(request.url).search)).toEqual([
      "?name=Customer&limit=100&page=1",
      "?name=Customer&limit=100&page=2",
      "?name=Customer&limit=100&page=3",
    ]);
    expect(requests.every((request) => new URL(request.url).pathname === `/customers.${format}`)).toBe(true);
  });

  it("stops after an empty page when the total is a multiple of the page size", async () => {
    const { mite, requests } = clientWith(format, customersServer(format, 4));
    expect(await mite.paginate("/customers/archived", { pageSize: 2 }).toArray()).toHaveLength(4);
    expect(requests).toHaveLength(3);
  });

  it("throws the failing page's ApiError from the iterator", async () => {
    let calls = 0;
    const { mite } = clientWith(format, (request) =>
      ++calls === 2 ? Response.json({ error: "boom" }, { status: 500 }) : customersServer(format, 10)(request),
    );
    const error = await mite
      .paginate("/customers", { pageSize: 2 })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as ApiError).operationId).toBe("listCustomers");
  });

  it("refuses a page that is not a list", async () => {
    const { mite } = clientWith(format, () =>
      format === "json"
        ? Response.json({ customer: { id: 1 } })
        : new Response('<customer><id type="integer">1</id></customer>', { headers: { "Content-Type": "application/xml" } }),
    );
    const error = await mite
      .paginate("/customers")
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toBe("GET /customers (listCustomers) returned no list (got object)");
  });

  it("stops paginating when the signal fires: no further page is requested", async () => {
    const controller = new AbortController();
    const { mite, requests } = clientWith(format, customersServer(format, 10));
    const seen: number[] = [];
    const error = await (async () => {
      for await (const customer of mite.paginate("/customers", { pageSize: 2, signal: controller.signal })) {
        seen.push(customer.id);
        controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(seen).toHaveLength(2);
    expect(requests).toHaveLength(1);
  });

  it("identifies itself and sends the key as a header, never in the URL", async () => {
    const { mite, requests } = clientWith(format, customersServer(format, 1));
    await mite.GET("/customers");
    const [request] = requests;
    expect(request?.headers.get("User-Agent")).toMatch(/^punchclock-mite\/\d+\.\d+\.\d+ \(node [\d.]+\) invoice-sync\/1\.2$/);
    expect(request?.headers.get("X-MiteApiKey")).toBe("secret-key");
    expect(request?.headers.get("Accept")).toBe(format === "json" ? "application/json" : "application/xml");
    expect(request?.url).not.toContain("secret-key");
  });

  it("reports a 404 as NotFoundError with mite's message", async () => {
    const body =
      format === "json"
        ? Response.json({ error: "Record not found" }, { status: 404 })
        : new Response("<errors><error>Record not found</error></errors>", {
            status: 404,
            headers: { "Content-Type": "application/xml" },
          });
    const { mite } = clientWith(format, () => body);
    const error = await unwrap(mite.GET("/customers/{id}", { params: { path: { id: 1 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual({ error: "Record not found" });
  });
});

describe("mite client, XML specifics", () => {
  it("sends XML bodies with mite's item names and the XML content type", async () => {
    const { mite, requests } = clientWith(
      "xml",
      () => new Response(null, { status: 200, headers: { "Content-Type": "application/json", "Content-Length": "0" } }),
    );
    const { data, response } = await mite.PATCH("/customers/{id}", {
      params: { path: { id: 5 } },
      body: { customer: { hourly_rates_per_service: [{ service_id: 1, hourly_rate: 100 }] } },
    });
    expect(response.status).toBe(200);
    expect(data).toBeUndefined();
    expect(requests[0]?.headers.get("Content-Type")).toBe("application/xml");
    expect(await requests[0]?.text()).toContain('<hourly-rates-per-service type="array"><hourly-rate-per-service>');
  });

  it("joins several XML error messages into one, as in JSON", async () => {
    const xml = "<errors><error>Name is missing</error><error>Rate is negative</error></errors>";
    const { mite } = clientWith("xml", () => new Response(xml, { status: 422, headers: { "Content-Type": "application/xml" } }));
    const { error } = await mite.POST("/customers", { body: { customer: { name: "" } } });
    expect(error).toEqual({ error: "Name is missing\nRate is negative" });
  });

  it("refuses a successful response that is JSON when XML was asked for", async () => {
    const { mite } = clientWith("xml", () => Response.json({ account: {} }));
    await expect(mite.GET("/account")).rejects.toThrow(DecodeError);
  });

  it("keeps an HTML error page as the raw body of the ApiError", async () => {
    const html = "<html><body>502 Bad Gateway</body></html>";
    const { mite } = clientWith("xml", () => new Response(html, { status: 502, headers: { "Content-Type": "text/html" } }));
    const error = (await unwrap(mite.GET("/account")).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.rawBody).toBe(html);
  });
});

describe("createMiteClient options", () => {
  it("refuses an unknown format and a missing account", () => {
    expect(() => createMiteClient({ account: "demo", auth: miteApiKey("k"), format: "yaml" as MiteFormat })).toThrow(TypeError);
    expect(() => createMiteClient({ account: "", auth: miteApiKey("k") })).toThrow(/subdomain/);
    expect(() => createMiteClient({ account: "evil.com/x", auth: miteApiKey("k") })).toThrow(/subdomain/);
  });

  it("talks to https://{account}.mite.de unless told otherwise", async () => {
    const { mite, requests } = clientWith("json", () => Response.json({ account: {} }));
    await mite.GET("/account");
    expect(requests[0]?.url).toBe("https://demo.mite.de/account.json");
  });
});
