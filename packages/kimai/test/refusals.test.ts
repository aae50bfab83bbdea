// What the Kimai client refuses before it sends anything, without repeating what it refuses.
import { bearerToken, InvalidParameterError } from "@punchclock/core";
import { describe, expect, it } from "vitest";
import { createKimaiClient } from "../src/index.js";

const PASSWORD = "hunter2-pa55word";

function recording() {
  const sent: string[] = [];
  const fetch = async (request: Request) => {
    sent.push(`${request.method} ${request.url}`);
    return new Response(null, { status: 204 });
  };
  return { sent, fetch };
}

describe("createKimaiClient refuses", () => {
  it.each([
    `https://ann:${PASSWORD}@kimai.example.com`,
    `https://${PASSWORD}@kimai.example.com`,
    `https://kimai.example.com/?token=${PASSWORD}`,
    `ftp://kimai.example.com/${PASSWORD}`,
  ])("a baseUrl of %s when it is created, without repeating it", (baseUrl) => {
    const { sent, fetch } = recording();
    const create = () => createKimaiClient({ baseUrl, auth: bearerToken("t"), fetch });
    expect(create).toThrow(TypeError);
    expect(create).not.toThrow(PASSWORD);
    expect(sent).toEqual([]);
  });

  it("a per-request baseUrl with user info, as a rejected call", async () => {
    const { sent, fetch } = recording();
    const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken("t"), fetch });
    const call = kimai.GET("/api/ping", { baseUrl: `https://ann:${PASSWORD}@kimai.example.com` });
    await expect(call).rejects.toThrow(TypeError);
    await expect(call).rejects.not.toThrow(PASSWORD);
    expect(sent).toEqual([]);
  });

  it("DELETE /api/customers/{id}/rates/{rateId} with rateId '..', which would delete the customer", async () => {
    const { sent, fetch } = recording();
    const kimai = createKimaiClient({ baseUrl: "https://kimai.example.com", auth: bearerToken("t"), fetch });
    const rateId = ".." as unknown as number;
    const error = await kimai
      .DELETE("/api/customers/{id}/rates/{rateId}", { params: { path: { id: 7, rateId } } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: "rateId", operationId: "deleteCustomerRate" });
    expect(sent).toEqual([]);
    await kimai.DELETE("/api/customers/{id}/rates/{rateId}", { params: { path: { id: 7, rateId: 3 } } });
    expect(sent).toEqual(["DELETE https://kimai.example.com/api/customers/7/rates/3"]);
  });
});
