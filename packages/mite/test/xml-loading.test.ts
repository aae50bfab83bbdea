// mite's XML mode (the encoder, the XML response handling, the decoder) is imported before an XML client's
// first call, so a JSON client never loads it and a bundler keeps it out of the JSON bundle (pnpm bench).
// When the import fails (a browser app offline, or redeployed under it), the call fails with a
// PunchclockError before anything is sent, and the next call tries the import again.
import { afterEach, describe, expect, it, vi } from "vitest";

const XML_MODE = "../src/xml-format.js";

afterEach(() => {
  vi.doUnmock(XML_MODE);
  vi.resetModules();
});

/** Makes the first `failures` imports of mite's XML mode fail the way a browser's loader does. */
function failImports(failures: number): { imports: () => number } {
  vi.resetModules();
  let left = failures;
  let imports = 0;
  vi.doMock(XML_MODE, async (importOriginal) => {
    imports++;
    if (left-- > 0) throw new TypeError("Failed to fetch dynamically imported module");
    return importOriginal();
  });
  return { imports: () => imports };
}

/** Lets a dynamic import that was started reach the module factory, which counts it. */
const importsSettled = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A client over a fetch that answers every request with one customer in the format asked for. */
async function client(format: "json" | "xml") {
  const { createMiteClient, miteApiKey } = await import("../src/index.js");
  const sent: Request[] = [];
  const mite = createMiteClient({
    account: "acme",
    auth: miteApiKey("s3cret-key"),
    format,
    retry: false,
    fetch: async (request: Request) => {
      sent.push(request);
      return request.url.includes(".xml")
        ? new Response('<customer><id type="integer">1</id><name>Big Inc.</name></customer>', {
            headers: { "Content-Type": "application/xml; charset=utf-8" },
          })
        : Response.json({ customer: { id: 1, name: "Big Inc." } });
    },
  });
  return { mite, sent };
}

describe("mite's XML mode code", () => {
  it("is never imported by a JSON client", async () => {
    const loader = failImports(Number.POSITIVE_INFINITY);
    const { mite } = await client("json");
    const { data } = await mite.GET("/customers/{id}", { params: { path: { id: 1 } } });
    expect(data).toEqual({ customer: { id: 1, name: "Big Inc." } });
    await mite.POST("/customers", { body: { customer: { name: "New" } } });
    await importsSettled();
    expect(loader.imports()).toBe(0);
  });

  it("fails an XML client's call with a PunchclockError before anything is sent, and is tried again next call", async () => {
    const loader = failImports(1);
    const { PunchclockError } = await import("@punchclock/core");
    const { mite, sent } = await client("xml");
    const failure = await mite.POST("/customers", { body: { customer: { name: "New" } } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PunchclockError);
    expect((failure as Error).message).toBe(
      "POST /customers (createCustomer): mite's XML format code could not be loaded; the request was not sent",
    );
    expect((failure as InstanceType<typeof PunchclockError>).operationId).toBe("createCustomer");
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect(sent).toHaveLength(0);
    // A failed import is not kept: the next call loads the code, encodes its body as XML and decodes the answer.
    const { data } = await mite.POST("/customers", { body: { customer: { name: "New" } } });
    expect(data).toEqual({ customer: { id: 1, name: "Big Inc." } });
    expect(sent).toHaveLength(1);
    expect(await sent[0]?.text()).toContain("<name>New</name>");
    expect(loader.imports()).toBe(2);
    // Loaded once, kept: later calls do not import again.
    await mite.GET("/customers/{id}", { params: { path: { id: 1 } } });
    expect(loader.imports()).toBe(2);
  });

  it("is not waited for by a call the checks refuse", async () => {
    const loader = failImports(Number.POSITIVE_INFINITY);
    const { InvalidParameterError } = await import("@punchclock/core");
    const { mite, sent } = await client("xml");
    const failure = await mite
      .GET("/customers/{id}", { params: { path: { id: "../projects" as unknown as number } } })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidParameterError);
    await importsSettled();
    expect(loader.imports()).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it("fails every call that waited for a failed import, and the next call loads it", async () => {
    const loader = failImports(1);
    const { PunchclockError } = await import("@punchclock/core");
    const { mite, sent } = await client("xml");
    const get = () => mite.GET("/customers/{id}", { params: { path: { id: 1 } } });
    const waiting = await Promise.allSettled([get(), get(), get()]);
    for (const outcome of waiting) {
      expect(outcome.status).toBe("rejected");
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(PunchclockError);
    }
    expect(sent).toHaveLength(0);
    expect((await get()).data).toEqual({ customer: { id: 1, name: "Big Inc." } });
    expect(loader.imports()).toBe(2);
  });
});
