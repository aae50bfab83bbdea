import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { type AuthStrategy, basicAuth, bearerToken, kimaiLegacyHeaders, miteApiKey } from "../src/index.js";

/** Sends one request through openapi-fetch with the strategy and returns what reached the wire. */
async function sent(strategy: AuthStrategy, init?: { body?: unknown; method?: "GET" | "POST" }): Promise<Request> {
  let captured: Request | undefined;
  const client = createClient<Record<string, never>>({
    baseUrl: "https://api.test",
    // What a client's pipeline does with openapi-fetch's request before the transport sends it.
    fetch: async (request: Request) => {
      captured = await strategy.authenticate(request);
      return new Response("{}", { headers: { "Content-Type": "application/json" } });
    },
  });
  // biome-ignore lint/suspicious/noExplicitAny: an untyped path is the point here
  const call = (client as any)[init?.method ?? "GET"]("/things", { params: { query: { q: "a b" } }, body: init?.body });
  await call;
  if (!captured) throw new Error("no request was sent");
  return captured;
}

describe("auth strategies", () => {
  it("bearerToken sets the Authorization header", async () => {
    const request = await sent(bearerToken("tok-123"));
    expect(request.headers.get("Authorization")).toBe("Bearer tok-123");
  });

  it("kimaiLegacyHeaders sets the X-AUTH pair and names only the password as secret", async () => {
    const strategy = kimaiLegacyHeaders({ username: "susan", apiPassword: "s3cret" });
    const request = await sent(strategy);
    expect(request.headers.get("X-AUTH-USER")).toBe("susan");
    expect(request.headers.get("X-AUTH-TOKEN")).toBe("s3cret");
    expect(strategy.secrets).toEqual(["s3cret"]);
  });

  it("miteApiKey sends the header by default and never the query parameter", async () => {
    const request = await sent(miteApiKey("key&1"));
    expect(request.headers.get("X-MiteApiKey")).toBe("key&1");
    expect(new URL(request.url).searchParams.has("api_key")).toBe(false);
  });

  it("miteApiKey in the query keeps the other parameters, the method and the body", async () => {
    const request = await sent(miteApiKey("key&1", { in: "query" }), { method: "POST", body: { customer: { name: "X" } } });
    const url = new URL(request.url);
    expect(url.searchParams.get("api_key")).toBe("key&1");
    expect(url.searchParams.get("q")).toBe("a b");
    expect(request.method).toBe("POST");
    expect(await request.json()).toEqual({ customer: { name: "X" } });
    expect(request.headers.has("X-MiteApiKey")).toBe(false);
  });

  it("basicAuth encodes UTF-8 credentials and lists the encoded form as a secret", async () => {
    const strategy = basicAuth({ username: "jérôme@example.com", password: "pä:ss" });
    const request = await sent(strategy);
    const encoded = request.headers.get("Authorization")?.replace(/^Basic /, "") ?? "";
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe("jérôme@example.com:pä:ss");
    expect(strategy.secrets).toContain(encoded);
    expect(strategy.secrets).toContain("pä:ss");
  });

  it.each([
    () => bearerToken(""),
    () => miteApiKey(""),
    () => basicAuth({ username: "", password: "x" }),
    () => kimaiLegacyHeaders({ username: "u", apiPassword: "" }),
  ])("refuses empty credentials", (make) => {
    expect(make).toThrow(TypeError);
  });
});

describe("credentials that a header cannot carry", () => {
  it.each([
    ["a token with a newline", () => bearerToken("zq9\nzq9-zq9")],
    ["a token with surrounding spaces", () => bearerToken(" zq9zq9zq9 ")],
    ["a non-ASCII token", () => bearerToken("zq9ö-zq9")],
    ["a header API key with a control character", () => miteApiKey("zq9\u0000zq9")],
    ["a legacy API password with CR", () => kimaiLegacyHeaders({ username: "ann", apiPassword: "zq9\rzq9" })],
    ["a Basic username with a colon", () => basicAuth({ username: "zq9:x", password: "pw" })],
  ])("refuses %s, without repeating it", (_, make) => {
    expect(make).toThrow(TypeError);
    try {
      make();
    } catch (error) {
      expect((error as Error).message).not.toContain("zq9");
    }
  });

  it("accepts anything in a password or a query key, which are encoded", () => {
    expect(basicAuth({ username: "ann", password: "p ä\n:ss" }).kind).toBe("basic");
    expect(miteApiKey("k ä\ny", { in: "query" }).kind).toBe("mite-api-key-query");
  });
});
