import {
  type ApiError,
  DecodeError,
  InternalServerError,
  miteApiKey,
  NotFoundError,
  RequestAbortedError,
  UnprocessableEntityError,
  unwrap,
} from "@punchclock/core";
import { encodeRailsXml } from "@punchclock/core/xml";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { stubPlatformFetch } from "../../../tools/vitest/platform-fetch.js";
import {
  createMiteClient,
  type MiteClientOptions,
  type MiteFormat,
  type MiteListItem,
  type MiteListPath,
  type Project,
  type Service,
  type User,
} from "../src/index.js";
import { customer } from "./records.js";

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

describe("mite validation errors that name their attribute", () => {
  const xml = (body: string) => () =>
    new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, {
      status: 422,
      headers: { "Content-Type": "application/xml; charset=utf-8" },
    });

  it("keeps the attribute of XML errors in `errors`, and all messages in `error`", async () => {
    const { mite } = clientWith(
      "xml",
      xml('<errors><error on="name">can\'t be blank</error><error>Budget is invalid</error></errors>'),
    );
    const result = await mite.POST("/projects", { body: { project: { name: " " } } });
    expect(result.error).toEqual({
      error: "can't be blank\nBudget is invalid",
      errors: [{ message: "can't be blank", on: "name" }, { message: "Budget is invalid" }],
    });
    const error = await unwrap(Promise.resolve(result)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).apiMessage).toBe("can't be blank\nBudget is invalid");
  });

  it("gives one attributed XML error as a one-element list", async () => {
    const { mite } = clientWith("xml", xml('<errors><error on="customer_id">is invalid</error></errors>'));
    const { error } = await mite.PATCH("/projects/{id}", { params: { path: { id: 1 } }, body: { project: { customer_id: 9 } } });
    expect(error).toEqual({ error: "is invalid", errors: [{ message: "is invalid", on: "customer_id" }] });
  });

  it("gives the same value in both formats when no attribute is named", async () => {
    const json = clientWith("json", () => Response.json({ error: "Name can't be blank" }, { status: 422 }));
    const fromXml = clientWith("xml", xml("<errors><error>Name can't be blank</error></errors>"));
    const body = { body: { service: { name: " " } } };
    const [a, b] = await Promise.all([json.mite.POST("/services", body), fromXml.mite.POST("/services", body)]);
    expect(a.error).toEqual({ error: "Name can't be blank" });
    expect(b.error).toEqual(a.error);
  });

  it("refuses nothing it cannot read: an odd <error> is kept as text", async () => {
    const { mite } = clientWith("xml", xml('<errors><error on="name"><x>1</x></error></errors>'));
    const { error } = await mite.POST("/services", { body: { service: { name: " " } } });
    expect(error).toEqual({ error: '{"x":"1"}' });
  });
});

describe("createMiteClient: where it connects", () => {
  function capture(options: MiteClientOptions) {
    const requests: Request[] = [];
    const mite = createMiteClient({
      ...options,
      fetch: async (request) => {
        requests.push(request.clone());
        return Response.json([]);
      },
    });
    return { mite, requests };
  }

  it("cors: true talks to mite's CORS host and names the account in X-MiteAccount", async () => {
    const { mite, requests } = capture({ account: "demo", cors: true, auth: miteApiKey("secret-key") });
    await mite.GET("/projects", { params: { query: { customer_id: 291 } } });
    expect(requests[0]?.url).toBe("https://corsapi.mite.de/projects.json?customer_id=291");
    expect(requests[0]?.headers.get("X-MiteAccount")).toBe("demo");
    expect(requests[0]?.headers.get("X-MiteApiKey")).toBe("secret-key");
  });

  it("cors: true with a baseUrl uses that CORS host, still with X-MiteAccount", async () => {
    const { mite, requests } = capture({
      account: "demo",
      cors: true,
      baseUrl: "https://corsapi.mite.yo.lk",
      auth: miteApiKey("k"),
    });
    await mite.GET("/users/archived");
    expect(requests[0]?.url).toBe("https://corsapi.mite.yo.lk/users/archived.json");
    expect(requests[0]?.headers.get("X-MiteAccount")).toBe("demo");
  });

  it("sends no X-MiteAccount without cors", async () => {
    const { mite, requests } = capture({ account: "demo", auth: miteApiKey("k") });
    await mite.GET("/services");
    expect(requests[0]?.url).toBe("https://demo.mite.de/services.json");
    expect(requests[0]?.headers.has("X-MiteAccount")).toBe(false);
  });

  it("needs no account when a baseUrl is given", async () => {
    const { mite, requests } = capture({ baseUrl: "http://localhost:4010", auth: miteApiKey("k") });
    await mite.GET("/users");
    expect(requests[0]?.url).toBe("http://localhost:4010/users.json");
    expect(requests[0]?.headers.has("X-MiteAccount")).toBe(false);
  });

  it("refuses cors without a valid account, even with a baseUrl", () => {
    const options = { account: "evil.com/x", cors: true, baseUrl: "https://corsapi.mite.de", auth: miteApiKey("k") };
    expect(() => createMiteClient(options)).toThrow(/subdomain/);
  });

  it("types the choice: an account or a baseUrl, and cors only with an account", () => {
    // @ts-expect-error neither an account nor a baseUrl
    expect(() => createMiteClient({ auth: miteApiKey("k") })).toThrow(/subdomain/);
    // @ts-expect-error cors needs the account for X-MiteAccount
    expect(() => createMiteClient({ cors: true, baseUrl: "https://corsapi.mite.de", auth: miteApiKey("k") })).toThrow(
      /subdomain/,
    );
    expectTypeOf<{ baseUrl: string; auth: ReturnType<typeof miteApiKey> }>().toExtend<MiteClientOptions>();
    expectTypeOf<{ account: string; cors: true; auth: ReturnType<typeof miteApiKey> }>().toExtend<MiteClientOptions>();
  });

  it("withOptions keeps the CORS setup", async () => {
    const { mite, requests } = capture({ account: "demo", cors: true, auth: miteApiKey("k") });
    await mite.withOptions({ timeoutMs: 5000 }).GET("/account");
    expect(requests[0]?.url).toBe("https://corsapi.mite.de/account.json");
    expect(requests[0]?.headers.get("X-MiteAccount")).toBe("demo");
  });
});

describe("mite.paginate over every list", () => {
  const lists = [
    "/customers",
    "/customers/archived",
    "/projects",
    "/projects/archived",
    "/services",
    "/services/archived",
    "/users",
    "/users/archived",
  ] as const satisfies readonly MiteListPath[];

  it("accepts every list path and yields its unwrapped records (types)", () => {
    expectTypeOf<MiteListItem<"/projects">>().toEqualTypeOf<Project>();
    expectTypeOf<MiteListItem<"/projects/archived">>().toEqualTypeOf<Project>();
    expectTypeOf<MiteListItem<"/services">>().toEqualTypeOf<Service>();
    expectTypeOf<MiteListItem<"/services/archived">>().toEqualTypeOf<Service>();
    expectTypeOf<MiteListItem<"/users">>().toEqualTypeOf<User>();
    expectTypeOf<MiteListItem<"/users/archived">>().toEqualTypeOf<User>();
    const { mite } = clientWith("json", () => Response.json([]));
    expectTypeOf(
      mite.paginate("/projects", { query: { customer_id: [291, 292], name: "web" } }).toArray(),
    ).resolves.toEqualTypeOf<Project[]>();
    expectTypeOf(mite.paginate("/users/archived", { query: { email: "@example.com" } }).toArray()).resolves.toEqualTypeOf<
      User[]
    >();
    // @ts-expect-error services take no customer filter
    void (() => mite.paginate("/services", { query: { customer_id: 1 } }));
    // @ts-expect-error a single record is not a list
    void (() => mite.paginate("/projects/{id}"));
  });

  it.each(lists)("pages through %s", async (path) => {
    const { mite, requests } = clientWith("xml", (request) => {
      const name = new URL(request.url).pathname.replace(/\.xml$/, "").split("/")[1] ?? "";
      const page = Number(new URL(request.url).searchParams.get("page"));
      const item = name.replace(/s$/, "");
      const records =
        page === 1 ? `<${item}><id type="integer">1</id></${item}><${item}><id type="integer">2</id></${item}>` : "";
      return new Response(`<${name} type="array">${records}</${name}>`, { headers: { "Content-Type": "application/xml" } });
    });
    const items = await mite.paginate(path, { pageSize: 2 }).toArray();
    expect(items).toEqual([{ id: 1 }, { id: 2 }]);
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([`${path}.xml`, `${path}.xml`]);
  });
});

describe("mite client without a fetch of your own", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(["json", "xml"] as const)(
    "sends a %s call to the platform's fetch as fetch(url, init): the format stage and the key in the query keep it unbuilt",
    async (format) => {
      const calls = stubPlatformFetch(() => new Response(null, { status: 200, headers: { "Content-Length": "0" } }));
      const body = { customer: { name: "Acme" } };
      for (const placement of ["header", "query"] as const) {
        const mite = createMiteClient({ account: "demo", format, auth: miteApiKey("secret-key", { in: placement }) });
        await mite.PATCH("/customers/{id}", { params: { path: { id: 5 } }, body });
      }
      const [header, query] = calls;
      for (const call of [header, query]) {
        expect(typeof call?.input).toBe("string");
        expect(call?.request.method).toBe("PATCH");
        expect(call?.request.headers.get("Content-Type")).toBe(`application/${format}`);
        expect(call?.body).toBe(format === "json" ? JSON.stringify(body) : encodeRailsXml(body));
      }
      expect(header?.input).toBe(`https://demo.mite.de/customers/5.${format}`);
      expect(header?.request.headers.get("X-MiteApiKey")).toBe("secret-key");
      expect(query?.input).toBe(`https://demo.mite.de/customers/5.${format}?api_key=secret-key`);
      expect(query?.request.headers.get("X-MiteApiKey")).toBeNull();
    },
  );
});
