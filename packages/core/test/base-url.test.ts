import { describe, expect, it } from "vitest";
import { bearerToken } from "../src/index.js";
import { checkBaseUrl, createApiClient } from "../src/internal.js";

describe("checkBaseUrl", () => {
  it.each(["https://kimai.example.com", "https://kimai.example.com/", "http://127.0.0.1:8001/kimai", "https://acme.mite.de"])(
    "accepts %s unchanged",
    (url) => {
      expect(checkBaseUrl(url)).toBe(url);
    },
  );

  it.each([
    ["https://ann:hunter2-password@kimai.example.com", /user info/],
    ["https://hunter2-password@kimai.example.com", /user info/],
    ["https://kimai.example.com/?token=hunter2-password", /query or fragment/],
    ["https://kimai.example.com/#hunter2-password", /query or fragment/],
    ["ftp://kimai.example.com/hunter2-password", /http: or https:/],
    ["kimai.example.com/hunter2-password", /not an absolute URL/],
    ["", /non-empty/],
  ])("refuses %s without repeating it", (url, problem) => {
    const error = (() => {
      try {
        checkBaseUrl(url);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(problem);
    expect((error as Error).message).not.toContain("hunter2");
  });

  it("checks a per-request baseUrl too, as a rejected promise", async () => {
    const calls: string[] = [];
    const client = createApiClient<Record<string, never>>({
      baseUrl: "https://k.test",
      operations: {},
      library: { name: "test", version: "0" },
      auth: bearerToken("t0ken"),
      fetch: async (request) => {
        calls.push(request.url);
        return new Response(null, { status: 204 });
      },
    }) as unknown as {
      GET: (path: string, init?: object) => Promise<unknown>;
      request: (method: string, path: string, init?: object) => Promise<unknown>;
    };
    const refused = client.GET("/x", { baseUrl: "https://ann:hunter2@k.test" });
    await expect(refused).rejects.toThrow(TypeError);
    await expect(client.request("GET", "/x", { baseUrl: "https://ann:hunter2@k.test" })).rejects.not.toThrow(/hunter2/);
    await client.GET("/x", { baseUrl: "https://k.test" });
    await client.GET("/x");
    expect(calls).toEqual(["https://k.test/x", "https://k.test/x"]);
  });
});
