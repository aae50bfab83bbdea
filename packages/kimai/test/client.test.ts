import { bearerToken } from "@punchclock/core";
import { describe, expect, it, vi } from "vitest";
import { createKimaiClient } from "../src/index.js";

describe("createKimaiClient", () => {
  it("identifies itself with library, version and the caller's product", async () => {
    let seen: Request | undefined;
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com/",
      auth: bearerToken("t"),
      userAgent: "invoice-sync/1.2",
      fetch: async (request) => {
        seen = request;
        return Response.json({ message: "pong" });
      },
    });
    const { data } = await kimai.GET("/api/ping");
    expect(data).toEqual({ message: "pong" });
    expect(seen?.url).toBe("https://kimai.example.com/api/ping");
    expect(seen?.headers.get("User-Agent")).toMatch(/^punchclock-kimai\/\d+\.\d+\.\d+ \(node [\d.]+\) invoice-sync\/1\.2$/);
    expect(seen?.headers.get("Accept")).toBe("application/json");
  });

  it("reads and parses a JSON body once per call, whatever the middleware checks", async () => {
    const body = JSON.stringify({ version: "2.65.0", versionId: 26500, copyright: "Kimai" });
    const kimai = createKimaiClient({
      baseUrl: "https://kimai.example.com",
      auth: bearerToken("t0ken"),
      fetch: async () => new Response(body, { headers: { "Content-Type": "application/json" } }),
    });
    const parse = vi.spyOn(JSON, "parse");
    try {
      const { data } = await kimai.GET("/api/version");
      expect(data).toEqual(JSON.parse(body));
      // One parse of the body by the client (the JSON guard's), plus the one in the line above.
      expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(2);
    } finally {
      parse.mockRestore();
    }
  });

  it("needs a base URL", () => {
    expect(() => createKimaiClient({ baseUrl: "", auth: bearerToken("t") })).toThrow(TypeError);
  });
});
