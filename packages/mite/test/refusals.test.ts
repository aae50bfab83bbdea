// What the mite client refuses before it sends anything, without repeating what it refuses.
import { InvalidParameterError, miteApiKey } from "@punchclock/core";
import { describe, expect, it } from "vitest";
import { createMiteClient } from "../src/index.js";

const PASSWORD = "hunter2-pa55word";

function recording() {
  const sent: string[] = [];
  const fetch = async (request: Request) => {
    sent.push(`${request.method} ${request.url}`);
    return new Response(null, { status: 200, headers: { "Content-Length": "0", "Content-Type": "application/json" } });
  };
  return { sent, fetch };
}

describe.each(["json", "xml"] as const)("createMiteClient (%s) refuses", (format) => {
  it.each([`https://ann:${PASSWORD}@acme.mite.de`, `https://acme.mite.de/#${PASSWORD}`, `javascript:${PASSWORD}`])(
    "a baseUrl of %s when it is created, without repeating it",
    (baseUrl) => {
      const { sent, fetch } = recording();
      const create = () => createMiteClient({ account: "acme", baseUrl, format, auth: miteApiKey("k"), fetch });
      expect(create).toThrow(TypeError);
      expect(create).not.toThrow(PASSWORD);
      expect(sent).toEqual([]);
    },
  );

  it("DELETE /customers/{id} with id '..', which URL parsing would turn into DELETE /.json", async () => {
    const { sent, fetch } = recording();
    const mite = createMiteClient({ account: "acme", format, auth: miteApiKey("k"), fetch });
    for (const id of ["..", ".", "", "%2e%2e", "1/..", Number.NaN]) {
      const error = await mite.DELETE("/customers/{id}", { params: { path: { id: id as number } } }).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect(error).toMatchObject({ parameter: "id", operationId: "deleteCustomer" });
    }
    expect(sent).toEqual([]);
    await mite.DELETE("/customers/{id}", { params: { path: { id: 643 } } });
    expect(sent).toEqual([`DELETE https://acme.mite.de/customers/643.${format}`]);
  });
});
