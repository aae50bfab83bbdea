import * as core from "@punchclock/core";
import * as coreInternal from "@punchclock/core/internal";
import { describe, expect, it } from "vitest";

/** What {@link describeClientExports} checks of one client package. */
export interface ClientExports {
  /** The package name, for the test titles. */
  readonly name: string;
  /** The package's root module (`import * as kimai from "../src/index.js"`). */
  readonly exports: Record<string, unknown>;
  /** Names the package defines itself. */
  readonly own: readonly string[];
  /** Names it re-exports from @punchclock/core. */
  readonly fromCore: readonly string[];
  /** Calls the client against a server that answers 404, and resolves to what `unwrap()` threw. */
  notFound(): Promise<unknown>;
}

/**
 * The runtime exports of a client package, pinned so a new export is a deliberate change: exactly `own` and
 * `fromCore`; the core names are core's very objects (one import serves, and `instanceof` holds whichever
 * package a class came from); every error class of core is among them; none is core's internal plumbing.
 */
export function describeClientExports(client: ClientExports): void {
  describe(`the exports of ${client.name}`, () => {
    it("are exactly these names", () => {
      expect(Object.keys(client.exports).sort()).toEqual([...client.own, ...client.fromCore].sort());
    });

    it("re-export core's objects themselves, not copies", () => {
      const coreExports: Record<string, unknown> = core;
      for (const name of client.fromCore) expect(client.exports[name], name).toBe(coreExports[name]);
    });

    it("include every error class of core", () => {
      const errorClasses = Object.entries(core)
        .filter(([, value]) => typeof value === "function" && value.prototype instanceof Error)
        .map(([name]) => name);
      expect(errorClasses.length).toBeGreaterThan(15);
      for (const name of errorClasses) expect(client.fromCore, name).toContain(name);
    });

    it("leave core's internal plumbing out", () => {
      expect(Object.keys(client.exports).filter((name) => name in coreInternal)).toEqual([]);
    });

    it("an error thrown through the client is an instance of the class from either package", async () => {
      const error = await client.notFound();
      expect(error).toBeInstanceOf(client.exports.NotFoundError as typeof core.NotFoundError);
      expect(error).toBeInstanceOf(core.NotFoundError);
      expect(error).toMatchObject({ operationId: "getCustomer", status: 404 });
    });
  });
}
