import { miteApiKey } from "@punchclock/core";
import { describe, expectTypeOf, it } from "vitest";
import { type Customer, createMiteClient, type MiteListItem, type MiteListPath, type MitePaths } from "../src/index.js";

// These assertions are checked by `tsc` (pnpm typecheck); the runtime part only builds a client.
describe("mite client types", () => {
  const mite = createMiteClient({ account: "demo", auth: miteApiKey("k"), fetch: async () => new Response("[]") });

  it("paths are written without the .{format} suffix and without a format parameter", () => {
    type PathParams = MitePaths["/customers/{id}"]["get"]["parameters"]["path"];
    expectTypeOf<keyof PathParams>().toEqualTypeOf<"id">();
    expectTypeOf<keyof MitePaths>().toEqualTypeOf<
      "/account" | "/myself" | "/customers" | "/customers/archived" | "/customers/{id}"
    >();
    // @ts-expect-error the suffixed spec path is not a client path
    void (() => mite.GET("/customers/{id}.{format}", {} as never));
    // @ts-expect-error the id is required
    void (() => mite.GET("/customers/{id}", { params: { path: {} } }));
  });

  it("lists can be paginated and yield unwrapped records", () => {
    expectTypeOf<MiteListPath>().toEqualTypeOf<"/customers" | "/customers/archived">();
    expectTypeOf<MiteListItem<"/customers">>().toEqualTypeOf<Customer>();
    // @ts-expect-error a single record is not a list
    void (() => mite.paginate("/customers/{id}"));
  });

  it("response data has the spec's types", async () => {
    const call = () => mite.GET("/customers/{id}", { params: { path: { id: 1 } } });
    type Data = NonNullable<Awaited<ReturnType<typeof call>>["data"]>;
    expectTypeOf<Data["customer"]["hourly_rate"]>().toEqualTypeOf<number | null>();
  });
});
