// Redaction property: for arbitrary credentials, in every auth placement both clients support, nothing a
// user can print (error message, stack, JSON.stringify, util.inspect, log events) contains the credential
// in any wire form, even when the server or the network layer echoes the request back.
import { inspect } from "node:util";
import {
  type AuthStrategy,
  basicAuth,
  bearerToken,
  kimaiLegacyHeaders,
  type LogEvent,
  miteApiKey,
  PunchclockError,
  unwrap,
} from "@punchclock/core";
import { createKimaiClient } from "@punchclock/kimai";
import { createMiteClient } from "@punchclock/mite";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const RUNS = 1000;
const USER = "ann@example.com";

/** Credentials as tokens and keys are: 8+ visible ASCII characters (what a header carries unchanged). */
const headerSecret = fc.string({
  minLength: 8,
  maxLength: 48,
  unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
});
/** Passwords and query keys can be anything: any code point, 8+ of them, not blank. */
const anySecret = fc.string({ minLength: 8, maxLength: 48, unit: "binary" }).filter((secret) => secret.trim().length >= 8);

type Placement = "kimai-bearer" | "kimai-legacy" | "mite-header" | "mite-query" | "mite-basic" | "mite-xml-basic";
type Fault = "echo-401" | "echo-html-200" | "echo-502-text" | "network-error" | "malformed-echo";

function authFor(placement: Placement, secret: string): AuthStrategy {
  switch (placement) {
    case "kimai-bearer":
      return bearerToken(secret);
    case "kimai-legacy":
      return kimaiLegacyHeaders({ username: "ann", apiPassword: secret });
    case "mite-header":
      return miteApiKey(secret);
    case "mite-query":
      return miteApiKey(secret, { in: "query" });
    default:
      return basicAuth({ username: USER, password: secret });
  }
}

/** What a careless server or proxy echoes: the URL (raw and decoded) and every header value. */
function echoOf(request: Request): string {
  const headers = [...request.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
  let decoded = request.url;
  try {
    decoded = decodeURIComponent(request.url);
  } catch {
    // Not decodable: the raw URL is echoed anyway.
  }
  return `${request.method} ${request.url}\n${decoded}\n${headers}`;
}

function fakeServer(fault: Fault, xml: boolean, seen: string[]) {
  return async (request: Request): Promise<Response> => {
    const echo = echoOf(request);
    seen.push(echo);
    switch (fault) {
      case "echo-401":
        return xml
          ? new Response(`<errors><error>${echo.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</error></errors>`, {
              status: 401,
              headers: { "Content-Type": "application/xml" },
            })
          : new Response(JSON.stringify({ code: 401, message: echo, error: echo }), {
              status: 401,
              headers: { "Content-Type": "application/json" },
            });
      case "echo-html-200":
        return new Response(`<html><body><pre>${echo}</pre></body></html>`, {
          status: 200,
          headers: { "Content-Type": "text/html" },
        });
      case "echo-502-text":
        return new Response(echo, { status: 502, headers: { "Content-Type": "text/plain" } });
      case "network-error":
        // As undici and nock do: the failing URL in the message, more detail in the cause.
        throw new TypeError(`fetch failed for ${request.url}`, {
          cause: new Error(`connect ECONNREFUSED while sending\n${echo}`),
        });
      case "malformed-echo":
        return new Response(xml ? `<customer><name>${echo}` : `{"name": ${echo}`, {
          status: 200,
          headers: { "Content-Type": xml ? "application/xml" : "application/json" },
        });
    }
  };
}

async function callWith(
  placement: Placement,
  secret: string,
  fault: Fault,
): Promise<{ error: unknown; logs: LogEvent[]; seen: string[] }> {
  const logs: LogEvent[] = [];
  const seen: string[] = [];
  const xml = placement === "mite-xml-basic";
  const common = {
    auth: authFor(placement, secret),
    retry: false as const,
    logger: (event: LogEvent) => logs.push(event),
    fetch: fakeServer(fault, xml, seen),
  };
  try {
    if (placement.startsWith("kimai")) {
      const kimai = createKimaiClient({ ...common, baseUrl: "https://kimai.example.com" });
      await unwrap(kimai.GET("/api/customers/{id}", { params: { path: { id: 1 } } }));
    } else {
      const mite = createMiteClient({ ...common, account: "acme", format: xml ? "xml" : "json" });
      await unwrap(mite.GET("/customers/{id}", { params: { path: { id: 1 } } }));
    }
  } catch (error) {
    return { error, logs, seen };
  }
  return { error: undefined, logs, seen };
}

/** Every form the secret takes on the wire or in an escaped dump of it. */
function leakFormsOf(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), Buffer.from(`${USER}:${secret}`).toString("base64")];
  try {
    forms.push(encodeURIComponent(secret), new URLSearchParams({ k: secret }).toString().slice(2));
  } catch {
    // Lone surrogates cannot be percent-encoded.
  }
  return forms;
}

describe("redaction property", () => {
  const placements = fc.oneof(
    fc.tuple(fc.constantFrom<Placement>("kimai-bearer", "kimai-legacy", "mite-header"), headerSecret),
    fc.tuple(fc.constantFrom<Placement>("mite-query", "mite-basic", "mite-xml-basic"), anySecret),
  );
  const faults = fc.constantFrom<Fault>("echo-401", "echo-html-200", "echo-502-text", "network-error", "malformed-echo");

  it("no credential appears in any error or log output", async () => {
    await fc.assert(
      fc.asyncProperty(placements, faults, async ([placement, secret], fault) => {
        const { error, logs, seen } = await callWith(placement, secret, fault);
        // Every fault fails the call with a punchclock error, and the request did carry the secret.
        expect(error).toBeInstanceOf(PunchclockError);
        const forms = leakFormsOf(secret);
        expect(seen.some((echo) => forms.some((form) => echo.includes(form)))).toBe(true);

        const printed = [
          (error as Error).message,
          (error as Error).stack ?? "",
          JSON.stringify(error),
          inspect(error, { depth: 10 }),
          ...logs.flatMap((event) => [JSON.stringify(event), inspect(event, { depth: 10 })]),
        ];
        for (const text of printed) for (const form of forms) expect(text).not.toContain(form);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
