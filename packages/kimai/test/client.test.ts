import { bearerToken } from "@punchclock/core";
import { describe, expect, it } from "vitest";
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

  it("needs a base URL", () => {
    expect(() => createKimaiClient({ baseUrl: "", auth: bearerToken("t") })).toThrow(TypeError);
  });
});
