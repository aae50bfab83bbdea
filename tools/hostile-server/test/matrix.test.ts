// The hostile-response matrix: every fault a server, proxy or network can produce, against every client it
// applies to, over a real node:http server on loopback. Each case asserts the exact error class (or the
// exact data) and that no credential shows up in the error (message, stack, JSON, inspect) or any log event.
import type { IncomingMessage, ServerResponse } from "node:http";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import {
  AuthenticationError,
  BadRequestError,
  basicAuth,
  bearerToken,
  ConnectionError,
  DecodeError,
  flattenValidationErrors,
  InternalServerError,
  InvalidParameterError,
  type LogEvent,
  miteApiKey,
  NotFoundError,
  PunchclockError,
  RateLimitError,
  Redactor,
  RedirectError,
  RequestAbortedError,
  ResponseTooLargeError,
  type RetryLogEvent,
  type RuntimeOptions,
  TimeoutError,
  UnprocessableEntityError,
  unwrap,
} from "@punchclock/core";
import { createKimaiClient } from "@punchclock/kimai";
import { createMiteClient } from "@punchclock/mite";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultHandler, type LoopbackServer, type RecordedRequest, startLoopbackServer } from "../src/server.ts";

/** The credential every client holds; it has characters that URL, form, JSON and XML encode differently. */
const SECRET = "s3cr3t+T0KEN/v@l=ue&<1>";
const MITE_USER = "ann@example.com";
/** Every form the secret could leak in. */
const LEAKS = [
  SECRET,
  encodeURIComponent(SECRET),
  new URLSearchParams({ k: SECRET }).toString().slice(2),
  Buffer.from(`${MITE_USER}:${SECRET}`).toString("base64"),
];

/** A secret made of digits only, which JSON.parse would round as a number (given to clients as `redact`). */
const NUMERIC_SECRET = "9123456789012345678";
/** What replaces the secret (a marker sharing no character with it). */
const MARKER = new Redactor([SECRET]).marker;

/** Whether a request really carried the secret in one of its wire forms. */
function carriesSecret(recorded: RecordedRequest | undefined): boolean {
  const wire = `${recorded?.url} ${String(recorded?.headers.authorization)}`;
  return LEAKS.some((form) => wire.includes(form));
}

/** Kimai (bearer token), mite in JSON (API key in the query: the riskiest) and mite in XML (Basic auth). */
type Kind = "kimai" | "mite-json" | "mite-xml";
const ALL: readonly Kind[] = ["kimai", "mite-json", "mite-xml"];
const JSON_CLIENTS: readonly Kind[] = ["kimai", "mite-json"];
const XML_CLIENTS: readonly Kind[] = ["mite-xml"];
const MITE_CLIENTS: readonly Kind[] = ["mite-json", "mite-xml"];

/** Fast retries, so the matrix tests behaviour, not patience. */
const BASE_OPTIONS: RuntimeOptions = {
  retry: { maxRetries: 2, initialDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 50 },
  timeoutMs: 5000,
};

// biome-ignore lint/suspicious/noExplicitAny: an error class of any constructor shape
type ErrorClass = abstract new (...args: any[]) => Error;

interface Outcome {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly logs: readonly LogEvent[];
  readonly elapsedMs: number;
  readonly requests: readonly RecordedRequest[];
}

interface HostileCase {
  readonly name: string;
  readonly kinds: readonly Kind[];
  /** How the server misbehaves for this client. */
  readonly serve: (kind: Kind) => FaultHandler;
  readonly options?: RuntimeOptions;
  /**
   * Create or delete instead of read. A delete addresses a sub-resource where the API has one: Kimai's
   * `DELETE /api/customers/7/rates/{rateId}`, mite's `DELETE /customers/{id}`, with `pathValue` as the id.
   */
  readonly action?: "get" | "create" | "delete" | "follow-bookmark";
  /** The path parameter of a delete (default 1). */
  readonly pathValue?: unknown;
  /** The request must be refused before it is sent: no request reaches the server. */
  readonly refusedBeforeSending?: boolean;
  /** The logger is async and its promise rejects (as a logger whose sink is down does). */
  readonly rejectingLogger?: boolean;
  /** Aborts the call after this many milliseconds. */
  readonly abortAfterMs?: number;
  /** The exact error class, or null when the call must succeed. */
  readonly expected: ErrorClass | null;
  readonly check?: (outcome: Outcome, kind: Kind) => void;
}

// --- server behaviours -------------------------------------------------------------------------------

function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Length": String(Buffer.byteLength(body)), ...headers });
  response.end(body);
}

/**
 * Writes a response straight to the socket, for what node:http refuses to send: a reason phrase that is not
 * Latin-1 (`OK ✓`). The text is sent as UTF-8, as misbehaving servers do.
 */
function sendRaw(request: IncomingMessage, statusLine: string, body: string, headers: Record<string, string> = {}): void {
  const all = { ...headers, "Content-Length": String(Buffer.byteLength(body)), Connection: "close" };
  const head = [`HTTP/1.1 ${statusLine}`, ...Object.entries(all).map(([name, value]) => `${name}: ${value}`)].join("\r\n");
  request.socket.end(Buffer.from(`${head}\r\n\r\n${body}`, "utf8"));
}

const JSON_TYPE = { "Content-Type": "application/json; charset=utf-8" };
const XML_TYPE = { "Content-Type": "application/xml; charset=utf-8" };
/** A customer whose name is not ASCII, for the XML encoding rows. */
const MULLER_XML = '<customer><id type="integer">1</id><name>M\u00fcller</name></customer>';

/** A correct customer in the client's format; `name` can be made large. */
function customer(kind: Kind, name = "Big Inc."): { body: string; headers: Record<string, string> } {
  if (kind === "kimai") return { body: JSON.stringify({ id: 1, name }), headers: JSON_TYPE };
  if (kind === "mite-json") return { body: JSON.stringify({ customer: { id: 1, name } }), headers: JSON_TYPE };
  return {
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<customer><id type="integer">1</id><name>${name}</name></customer>`,
    headers: XML_TYPE,
  };
}

const good =
  (name?: string): ((kind: Kind) => FaultHandler) =>
  (kind) =>
  (_, response) => {
    const { body, headers } = customer(kind, name);
    send(response, 200, body, headers);
  };

/** An HTML page that echoes what the request carried, as debug pages of misconfigured proxies do. */
function echoPage(title: string, recorded: RecordedRequest): string {
  const headers = Object.entries(recorded.headers)
    .map(([name, value]) => `<tr><td>${name}</td><td>${String(value)}</td></tr>`)
    .join("");
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${recorded.method} ${recorded.url}</p><table>${headers}</table></body></html>`;
}

const always =
  (handler: FaultHandler): ((kind: Kind) => FaultHandler) =>
  () =>
    handler;

/** Answers with `first` for the first `times` requests, then with a correct customer. */
const thenGood =
  (times: number, first: FaultHandler): ((kind: Kind) => FaultHandler) =>
  (kind) =>
  (request, response, hit, recorded) => {
    if (hit <= times) first(request, response, hit, recorded);
    else good()(kind)(request, response, hit, recorded);
  };

const neverAnswer: FaultHandler = () => undefined;

const resetMidBody: FaultHandler = (request, response) => {
  response.writeHead(200, { ...JSON_TYPE, "Content-Length": "1000" });
  response.write('{"id": 1, "name": "Big');
  setTimeout(() => request.socket.destroy(), 10);
};

const stallAfterHeaders: FaultHandler = (_, response) => {
  response.writeHead(200, { ...JSON_TYPE, "Content-Length": "1000" });
  response.write('{"id": 1,');
};

const TEN_MB = 10 * 1024 * 1024;

function nested(open: string, close: string, depth: number): string {
  return open.repeat(depth) + close.repeat(depth);
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<customer><name>&lol9;</name></customer>`;

const xxe = `<?xml version="1.0"?>
<!DOCTYPE customer [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>
<customer><name>&passwd;</name></customer>`;

// --- helpers for the checks ---------------------------------------------------------------------------

function retryEvents(outcome: Outcome): RetryLogEvent[] {
  return outcome.logs.filter((event): event is RetryLogEvent => event.type === "retry");
}

function expectHits(outcome: Outcome, count: number): void {
  expect(outcome.requests).toHaveLength(count);
}

// --- the matrix -------------------------------------------------------------------------------------

let other: LoopbackServer;

const cases: HostileCase[] = [
  {
    name: "truncated JSON in a complete 200 response",
    kinds: JSON_CLIENTS,
    serve: always((_, response) => send(response, 200, '{"id": 1, "name": "Big', JSON_TYPE)),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).message).toContain("malformed JSON"),
  },
  {
    name: "truncated XML in a complete 200 response",
    kinds: XML_CLIENTS,
    serve: always((_, response) => send(response, 200, '<customer><id type="integer">1</id><name>Big', XML_TYPE)),
    expected: DecodeError,
  },
  {
    name: "invalid JSON with status 200",
    kinds: JSON_CLIENTS,
    serve: always((_, response) => send(response, 200, "{id: 1, name: 'Big Inc.',}", JSON_TYPE)),
    expected: DecodeError,
    check: ({ error }) => {
      expect((error as DecodeError).format).toBe("json");
      expect((error as DecodeError).status).toBe(200);
    },
  },
  {
    name: "HTML error page with status 200 (echoing the credentials)",
    kinds: ALL,
    serve: always((_, response, __, recorded) =>
      send(response, 200, echoPage("Login", recorded), { "Content-Type": "text/html" }),
    ),
    expected: DecodeError,
    check: ({ error, requests }) => {
      expect((error as DecodeError).message).toContain('Content-Type "text/html"');
      expect((error as DecodeError).rawBody).toContain("<h1>Login</h1>");
      expect((error as DecodeError).rawBody).toContain(MARKER);
      expect(requests).toHaveLength(1);
    },
  },
  {
    name: "HTML error page with status 502 (retried, then reported)",
    kinds: ALL,
    serve: always((_, response, __, recorded) =>
      send(response, 502, echoPage("502 Bad Gateway", recorded), { "Content-Type": "text/html" }),
    ),
    expected: InternalServerError,
    check: (outcome) => {
      expectHits(outcome, 3);
      const error = outcome.error as InternalServerError;
      expect(error.status).toBe(502);
      expect(error.rawBody).toContain("502 Bad Gateway");
      expect(error.body).toBeUndefined();
    },
  },
  {
    name: "empty 500 (not retried)",
    kinds: ALL,
    serve: always((_, response) => send(response, 500, "")),
    expected: InternalServerError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect((outcome.error as InternalServerError).body).toBeUndefined();
    },
  },
  {
    name: "JSON labelled text/plain on a 200",
    kinds: JSON_CLIENTS,
    serve: (kind) => (_, response) => send(response, 200, customer(kind).body, { "Content-Type": "text/plain" }),
    expected: DecodeError,
  },
  {
    name: "missing Content-Type on a 200",
    kinds: ALL,
    serve: (kind) => (_, response) => send(response, 200, customer(kind).body),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).message).toContain("no Content-Type"),
  },
  {
    name: "JSON where XML was asked for",
    kinds: XML_CLIENTS,
    serve: always((_, response) => send(response, 200, JSON.stringify({ customer: { id: 1 } }), JSON_TYPE)),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).format).toBe("xml"),
  },
  {
    name: "XML where JSON was asked for",
    kinds: JSON_CLIENTS,
    serve: always((_, response) => send(response, 200, customer("mite-xml").body, XML_TYPE)),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).format).toBe("json"),
  },
  refusedXml(
    "XML with a DOCTYPE",
    '<?xml version="1.0"?><!DOCTYPE customer><customer><id type="integer">1</id></customer>',
    "DOCTYPE",
  ),
  {
    name: "billion laughs (internal entities) refused without expansion",
    kinds: XML_CLIENTS,
    serve: always((_, response) => send(response, 200, billionLaughs, XML_TYPE)),
    expected: DecodeError,
    check: ({ error, elapsedMs }) => {
      expect((error as DecodeError).message).toContain("DOCTYPE");
      expect(elapsedMs).toBeLessThan(2000);
    },
  },
  {
    name: "external entity (XXE) refused without file access",
    kinds: XML_CLIENTS,
    serve: always((_, response) => send(response, 200, xxe, XML_TYPE)),
    expected: DecodeError,
    check: ({ error }) => expect(inspect(error, { depth: 10 })).not.toMatch(/root:.*:0:0:/),
  },
  {
    name: "deeply nested XML",
    kinds: XML_CLIENTS,
    serve: always((_, response) => send(response, 200, `<customer>${nested("<a>", "</a>", 100_000)}</customer>`, XML_TYPE)),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).message).toContain("deeper than 64"),
  },
  {
    name: "deeply nested JSON",
    kinds: JSON_CLIENTS,
    serve: always((_, response) => send(response, 200, nested("[", "]", 100_000), JSON_TYPE)),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).message).toContain("deeper than 64"),
  },
  {
    name: "a 10 MB body is read completely and decoded exactly",
    kinds: ALL,
    serve: good("x".repeat(TEN_MB)),
    expected: null,
    check: ({ data }, kind) => {
      const record = (kind === "kimai" ? data : (data as { customer: unknown }).customer) as { name: string };
      expect(record.name).toHaveLength(TEN_MB);
      expect(record.name).toBe("x".repeat(TEN_MB));
    },
  },
  {
    name: "a 10 MB body over maxResponseBytes",
    kinds: ALL,
    serve: good("x".repeat(TEN_MB)),
    options: { maxResponseBytes: 1024 * 1024 },
    expected: ResponseTooLargeError,
    check: ({ error }) => expect((error as ResponseTooLargeError).maxBytes).toBe(1024 * 1024),
  },
  {
    // The fetched response's headers are immutable: the runtime describes the decoded body on a copy.
    name: "a gzip-encoded body, decoded (its length and encoding headers then describe the decoded body)",
    kinds: ALL,
    serve: (kind) => (_, response) => {
      send(response, 200, gzipSync(Buffer.from(customer(kind).body)), { ...customer(kind).headers, "Content-Encoding": "gzip" });
    },
    expected: null,
    check: ({ data }, kind) => {
      const record = (kind === "kimai" ? data : (data as { customer: unknown }).customer) as { name: string };
      expect(record).toEqual({ id: 1, name: "Big Inc." });
    },
  },
  {
    name: "a gzip bomb (20 MB inflated from a few KB) over maxResponseBytes",
    kinds: ALL,
    serve: (kind) => (_, response) => {
      const body = gzipSync(Buffer.from(customer(kind, "x".repeat(20 * 1024 * 1024)).body));
      send(response, 200, body, { ...customer(kind).headers, "Content-Encoding": "gzip" });
    },
    options: { maxResponseBytes: 1024 * 1024 },
    expected: ResponseTooLargeError,
  },
  {
    name: "connection reset mid-body (retried, then reported)",
    kinds: ALL,
    serve: always(resetMidBody),
    expected: ConnectionError,
    check: (outcome) => {
      expectHits(outcome, 3);
      expect((outcome.error as ConnectionError).attempts).toBe(3);
      expect((outcome.error as ConnectionError).message).toContain("before the response body was complete");
      // How much arrived, of how much the server declared.
      expect((outcome.error as ConnectionError).message).toMatch(/\(\d+ of 1000 bytes read\)/);
    },
  },
  {
    name: "connection reset mid-body once, then a good answer",
    kinds: ALL,
    serve: thenGood(1, resetMidBody),
    expected: null,
    check: (outcome) => {
      expectHits(outcome, 2);
      expect(retryEvents(outcome)[0]?.reason).toBe("ConnectionError");
    },
  },
  {
    name: "connection closed before any response",
    kinds: ALL,
    serve: always((request) => request.socket.destroy()),
    expected: ConnectionError,
    check: (outcome) => expectHits(outcome, 3),
  },
  {
    name: "a server that never answers (timeout fires, per attempt)",
    kinds: ALL,
    serve: always(neverAnswer),
    options: { timeoutMs: 150, retry: { maxRetries: 1, initialDelayMs: 1 } },
    expected: TimeoutError,
    check: (outcome) => {
      expectHits(outcome, 2);
      const error = outcome.error as TimeoutError;
      expect(error.timeoutMs).toBe(150);
      expect(error.attempts).toBe(2);
      expect(outcome.elapsedMs).toBeGreaterThanOrEqual(290);
    },
  },
  {
    name: "a body that stalls after the headers (timeout covers the body)",
    kinds: ALL,
    serve: always(stallAfterHeaders),
    options: { timeoutMs: 150, retry: false },
    expected: TimeoutError,
    check: (outcome) => expectHits(outcome, 1),
  },
  {
    name: "a redirect loop",
    kinds: ALL,
    serve: always((request, response) => send(response, 302, "", { Location: request.url ?? "/" })),
    expected: RedirectError,
    check: (outcome) => {
      expectHits(outcome, 6);
      expect((outcome.error as RedirectError).message).toContain("more than 5 times");
    },
  },
  {
    name: "a redirect to another origin is refused, and the credentials stay home",
    kinds: ALL,
    serve: always((_, response) => send(response, 307, "", { Location: `${other.url}/steal` })),
    expected: RedirectError,
    check: () => expect(other.requests).toHaveLength(0),
  },
  {
    name: "a same-origin redirect is followed",
    kinds: ALL,
    serve: (kind) => (request, response, hit, recorded) => {
      if (hit === 1) send(response, 301, "", { Location: `${request.url}` });
      else good()(kind)(request, response, hit, recorded);
    },
    expected: null,
    check: (outcome) => expectHits(outcome, 2),
  },
  {
    name: "Retry-After far in the future is capped",
    kinds: ALL,
    serve: thenGood(1, (_, response) => send(response, 429, "", { "Retry-After": "999999" })),
    expected: null,
    check: (outcome) => {
      expect(retryEvents(outcome).map((event) => [event.reason, event.delayMs])).toEqual([["Retry-After", 50]]);
    },
  },
  {
    name: "negative Retry-After falls back to backoff",
    kinds: ALL,
    serve: thenGood(1, (_, response) => send(response, 503, "", { "Retry-After": "-5" })),
    expected: null,
    check: (outcome) => {
      const [event] = retryEvents(outcome);
      expect(event?.reason).toBe("status 503");
      expect(event?.delayMs).toBeGreaterThanOrEqual(0);
      expect(event?.delayMs).toBeLessThanOrEqual(1);
    },
  },
  {
    name: "garbage Retry-After falls back to backoff",
    kinds: ALL,
    serve: thenGood(2, (_, response) => send(response, 503, "", { "Retry-After": "soon, maybe; 1e9" })),
    expected: null,
    check: (outcome) => {
      expectHits(outcome, 3);
      expect(retryEvents(outcome).map((event) => event.reason)).toEqual(["status 503", "status 503"]);
    },
  },
  {
    name: "Retry-After as an HTTP date in the past means now",
    kinds: ALL,
    serve: thenGood(1, (_, response) => send(response, 503, "", { "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT" })),
    expected: null,
    check: (outcome) => expect(retryEvents(outcome).map((event) => [event.reason, event.delayMs])).toEqual([["Retry-After", 0]]),
  },
  {
    name: "a 429 storm exhausts the retries",
    kinds: ALL,
    serve: always((_, response) => send(response, 429, "", { "Retry-After": "0" })),
    expected: RateLimitError,
    check: (outcome) => {
      expectHits(outcome, 3);
      expect(retryEvents(outcome)).toHaveLength(2);
      expect((outcome.error as RateLimitError).retryAfterMs).toBe(0);
    },
  },
  {
    name: "a POST is not retried on 503",
    kinds: ALL,
    action: "create",
    serve: always((_, response) => send(response, 503, "")),
    expected: InternalServerError,
    check: (outcome) => expectHits(outcome, 1),
  },
  {
    name: "a POST is retried on 503 when the caller opts in",
    kinds: ALL,
    action: "create",
    options: { retry: { initialDelayMs: 1, retryNonIdempotent: true } },
    serve: (kind) => (_request, response, hit, _recorded) => {
      if (hit === 1) send(response, 503, "");
      else {
        const { body, headers } = customer(kind);
        send(response, 201, body, headers);
      }
    },
    expected: null,
    check: (outcome) => {
      expectHits(outcome, 2);
      expect(outcome.requests[1]?.body).toBe(outcome.requests[0]?.body);
      expect(outcome.requests[1]?.body).toContain("Big Inc.");
    },
  },
  {
    name: "a 404 is never retried",
    kinds: ALL,
    serve: always((_, response) => send(response, 404, "")),
    expected: NotFoundError,
    check: (outcome) => expectHits(outcome, 1),
  },
  {
    name: "invalid UTF-8 in a 200",
    kinds: ALL,
    serve: (kind) => (_, response) => send(response, 200, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), customer(kind).headers),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).message).toContain("not valid text"),
  },
  {
    name: "an unknown charset",
    kinds: ALL,
    serve: (kind) => (_, response) =>
      send(response, 200, customer(kind).body, {
        "Content-Type": `${kind === "mite-xml" ? "application/xml" : "application/json"}; charset=x-klingon`,
      }),
    expected: DecodeError,
  },
  {
    name: "two different charsets in one Content-Type: refused, not decoded by one and read by the other",
    kinds: ALL,
    serve: (kind) => (_, response) =>
      send(response, 200, customer(kind).body.replace("Big Inc.", "Müller"), {
        "Content-Type": `${kind === "mite-xml" ? "application/xml" : "application/json"}; charset="latin1"; charset=utf-8`,
      }),
    expected: DecodeError,
    check: ({ error }) =>
      expect(((error as DecodeError).cause as Error).message).toBe('The Content-Type names two charsets, "latin1" and "utf-8"'),
  },
  {
    name: "an empty 200 where the spec promises a body",
    kinds: ALL,
    serve: (kind) => (_, response) => send(response, 200, "", customer(kind).headers),
    expected: DecodeError,
    check: ({ error }, kind) => {
      const format = kind === "mite-xml" ? "xml" : "json";
      expect((error as DecodeError).format).toBe(format);
      expect((error as DecodeError).message).toContain(`empty body, not ${format.toUpperCase()}`);
    },
  },
  {
    name: "malformed JSON whose fault lies inside an echoed credential (V8 quotes the text around a fault, cut anywhere)",
    kinds: JSON_CLIENTS,
    serve: always((_, response) => send(response, 200, `{"id": 1, "token": ${SECRET}, "name": "Big Inc."}`, JSON_TYPE)),
    expected: DecodeError,
    check: (outcome) => {
      expect((outcome.error as DecodeError).message).toMatch(/malformed JSON: Unexpected token 's'$/);
      expect((outcome.error as DecodeError).rawBody).toContain(`"token": ${MARKER},`);
      for (const text of printedForms(outcome)) expect(text).not.toContain(SECRET.slice(0, 6));
    },
  },
  {
    name: "a 401 in UTF-16 echoing the credential: read in its charset, so the redactor finds the credential",
    kinds: JSON_CLIENTS,
    serve: (kind) => (_, response) => {
      const body = kind === "kimai" ? { code: 401, message: `Invalid token ${SECRET}` } : { error: `Invalid token ${SECRET}` };
      send(response, 401, Buffer.from(JSON.stringify(body), "utf16le"), { "Content-Type": "application/json; charset=utf-16le" });
    },
    expected: AuthenticationError,
    check: ({ error }) => {
      expect((error as AuthenticationError).apiMessage).toBe(`Invalid token ${MARKER}`);
      expect(JSON.stringify(error)).not.toContain("\\u0000");
    },
  },
  {
    name: "a 400 in ISO-8859-1: its message read in its charset, not as UTF-8",
    kinds: JSON_CLIENTS,
    serve: (kind) => (_, response) => {
      const body =
        kind === "kimai" ? { code: 400, message: "M\u00fcller ist ung\u00fcltig" } : { error: "M\u00fcller ist ung\u00fcltig" };
      send(response, 400, Buffer.from(JSON.stringify(body), "latin1"), {
        "Content-Type": "application/json; charset=iso-8859-1",
      });
    },
    expected: BadRequestError,
    check: ({ error }) => {
      expect((error as BadRequestError).apiMessage).toBe("M\u00fcller ist ung\u00fcltig");
      expect((error as BadRequestError).message).toMatch(/: M\u00fcller ist ung\u00fcltig$/);
    },
  },
  {
    name: "a numeric password echoed as a JSON number in a 401, also one JSON.parse rounds",
    kinds: JSON_CLIENTS,
    options: { redact: ["73915604", NUMERIC_SECRET] },
    serve: always((_, response) =>
      send(response, 401, `{"code": 401, "error": "Access denied", "password": 73915604, "pin": ${NUMERIC_SECRET}}`, JSON_TYPE),
    ),
    expected: AuthenticationError,
    check: (outcome) => {
      const body = (outcome.error as AuthenticationError).body as Record<string, unknown>;
      expect(typeof body.password).toBe("string");
      expect(typeof body.pin).toBe("string");
      for (const text of printedForms(outcome)) expect(text).not.toMatch(/73915604|912345678901234/);
    },
  },
  {
    name: "an HTTP status past 599: the server's answer, not a failed connection to retry",
    kinds: ALL,
    serve: always((request) => sendRaw(request, "600 Strange", "")),
    expected: PunchclockError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect((outcome.error as PunchclockError).message).toContain("unusable HTTP status 600");
    },
  },
  ...[
    ["<hash><error>Name can't be blank</error></hash>", "Rails' shape of a rendered hash"],
    ["<errors>Name can't be blank</errors>", "an <errors> element holding the text"],
    ['<errors type="array"><error>Name can\'t be blank</error></errors>', 'an <errors type="array">'],
  ].map(
    ([xml, what]): HostileCase => ({
      name: `a 422 XML error as ${what}: its message is the error's`,
      kinds: XML_CLIENTS,
      serve: always((_, response) => send(response, 422, `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, XML_TYPE)),
      expected: UnprocessableEntityError,
      check: ({ error }) => expect((error as UnprocessableEntityError).apiMessage).toBe("Name can't be blank"),
    }),
  ),
  {
    name: "credentials echoed back in a 401 error body",
    kinds: ALL,
    serve: (kind) => (_, response, __, recorded) => {
      const echoed = `${recorded.url} ${String(recorded.headers.authorization ?? "")} ${decodeURIComponent(recorded.url)}`;
      if (kind === "kimai")
        send(response, 401, JSON.stringify({ code: 401, message: `Invalid credentials: ${echoed}` }), JSON_TYPE);
      else if (kind === "mite-json") send(response, 401, JSON.stringify({ error: `Invalid API key: ${echoed}` }), JSON_TYPE);
      else send(response, 401, `<errors><error>Bad login: ${escapeXml(echoed)}</error></errors>`, XML_TYPE);
    },
    expected: AuthenticationError,
    check: ({ error }) => expect((error as AuthenticationError).apiMessage).toContain(MARKER),
  },
  {
    name: "malformed XML in an error response keeps the raw text",
    kinds: XML_CLIENTS,
    serve: always((_, response) => send(response, 422, "<errors><error>Name can't be blank</errors>", XML_TYPE)),
    expected: UnprocessableEntityError,
    check: ({ error }) => expect((error as UnprocessableEntityError).rawBody).toContain("Name can't be blank"),
  },
  {
    name: "Kimai's validation tree",
    kinds: ["kimai"],
    action: "create",
    serve: always((_, response) =>
      send(
        response,
        400,
        JSON.stringify({
          code: 400,
          message: "Validation Failed",
          errors: { children: { name: { errors: ["This value should not be blank."] }, currency: {} } },
        }),
        JSON_TYPE,
      ),
    ),
    expected: BadRequestError,
    check: ({ error }) =>
      expect(flattenValidationErrors((error as BadRequestError).body)).toEqual([
        { field: "name", messages: ["This value should not be blank."] },
      ]),
  },
  {
    name: "the caller aborts while the server is silent",
    kinds: ALL,
    serve: always(neverAnswer),
    abortAfterMs: 100,
    expected: RequestAbortedError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect(outcome.elapsedMs).toBeLessThan(2000);
    },
  },
  {
    name: "the caller aborts during a backoff sleep",
    kinds: ALL,
    serve: always((_, response) => send(response, 503, "", { "Retry-After": "30" })),
    options: { retry: { maxRetryAfterMs: 60_000 } },
    abortAfterMs: 100,
    expected: RequestAbortedError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect(retryEvents(outcome)[0]?.delayMs).toBe(30_000);
      expect(outcome.elapsedMs).toBeLessThan(2000);
    },
  },

  // --- round two: found by probing the clients as a hostile server would ---------------------------------
  ...(
    [
      ["..", 'is "..", a dot segment'],
      [".", 'is ".", a dot segment'],
      ["%2e%2E", 'when percent-decoded "..", a dot segment'],
      ["", "is empty"],
      ["7/../..", 'contains "/"'],
      ["7%2F..", 'contains when percent-decoded "/"'],
      ["7?x=1", 'contains "?"'],
      ["7#x", 'contains "#"'],
      ["7\\..", 'contains "\\"'],
      ["7\n8", "a control character"],
      [Number.NaN, "not a finite number (NaN)"],
      [undefined, "is missing"],
    ] as const
  ).map(
    ([pathValue, problem]): HostileCase => ({
      name: `a path parameter ${typeof pathValue === "string" ? JSON.stringify(pathValue) : String(pathValue)} is refused before anything is sent`,
      kinds: ALL,
      action: "delete",
      pathValue,
      refusedBeforeSending: true,
      serve: always((_, response) => send(response, 204, "")),
      expected: InvalidParameterError,
      check: (outcome, kind) => {
        expectHits(outcome, 0);
        const error = outcome.error as InvalidParameterError;
        expect(error.parameter).toBe(kind === "kimai" ? "rateId" : "id");
        expect(error.message).toContain(problem);
        expect(error.operationId).toBe(kind === "kimai" ? "deleteCustomerRate" : "deleteCustomer");
        expect(outcome.logs).toEqual([]);
      },
    }),
  ),
  {
    name: "a 401 whose reason phrase echoes the token",
    kinds: ALL,
    serve: always((_, response) => {
      response.writeHead(401, `Invalid token ${SECRET}`, { ...JSON_TYPE, "Content-Length": "2" });
      response.end("{}");
    }),
    expected: AuthenticationError,
    check: ({ error }) => {
      expect((error as AuthenticationError).statusText).toBe(`Invalid token ${MARKER}`);
      expect((error as AuthenticationError).message).toContain(`401 Invalid token ${MARKER}`);
    },
  },
  {
    name: "a token echoed 120 levels deep in an error body",
    kinds: ALL,
    serve: (kind) => (_, response) => {
      if (kind === "mite-xml") {
        send(
          response,
          401,
          `<errors>${nested("<e>", "</e>", 119).replace("<e></e>", `<e>${escapeXml(SECRET)}</e>`)}</errors>`,
          XML_TYPE,
        );
      } else {
        let body: unknown = { message: `bad token ${SECRET}` };
        for (let depth = 0; depth < 120; depth++) body = { inner: body };
        send(response, 401, JSON.stringify(body), JSON_TYPE);
      }
    },
    expected: AuthenticationError,
    check: ({ error }) => {
      // Nested deeper than 64, the body is kept as (redacted) text, as a body that is not JSON is.
      expect((error as AuthenticationError).body).toBeUndefined();
      expect((error as AuthenticationError).rawBody).toContain(MARKER);
    },
  },
  {
    name: "an error body nested 100,000 levels deep (JSON.stringify(error) must not throw)",
    kinds: ALL,
    serve: (kind) => (_, response) => {
      if (kind === "mite-xml") send(response, 422, `<errors>${nested("<e>", "</e>", 100_000)}</errors>`, XML_TYPE);
      // Labelled text/plain: openapi-fetch parses any error body that is JSON, whatever its Content-Type.
      else if (kind === "mite-json") send(response, 422, nested("[", "]", 100_000), { "Content-Type": "text/plain" });
      else send(response, 422, nested("[", "]", 100_000), JSON_TYPE);
    },
    expected: UnprocessableEntityError,
    check: ({ error }) => {
      const apiError = error as UnprocessableEntityError;
      expect(apiError.body).toBeUndefined();
      expect(apiError.rawBody).toMatch(/^(\[|<errors>)/);
      expect(apiError.rawBody).toMatch(/more characters\]$/);
      expect(() => JSON.stringify(apiError)).not.toThrow();
    },
  },
  {
    name: "a token straddling the 8 KiB cut of an error body",
    kinds: ALL,
    serve: always((_, response) =>
      send(response, 500, `${"x".repeat(8192 - 6)}${SECRET} and more`, { "Content-Type": "text/plain" }),
    ),
    expected: InternalServerError,
    check: ({ error }) => {
      const rawBody = (error as InternalServerError).rawBody ?? "";
      expect(rawBody).not.toContain(SECRET.slice(0, 6));
      expect(rawBody).toContain(`x${MARKER}... [`);
    },
  },
  {
    name: "a token straddling the cut of a bad 200 body (multi-byte text, cut by bytes)",
    kinds: ALL,
    serve: always((_, response) => {
      // 15,000 bytes of euro signs, then the token across byte 16,384, where DecodeError stops decoding.
      const head = `${"\u20ac".repeat(5000)}${"y".repeat(16_384 - 15_000 - 6)}`;
      send(response, 200, `${head}${SECRET}${"z".repeat(10_000)}`, { "Content-Type": "text/html; charset=utf-8" });
    }),
    expected: DecodeError,
    check: ({ error }) => {
      const rawBody = (error as DecodeError).rawBody ?? "";
      expect(rawBody.startsWith("\u20ac".repeat(5000))).toBe(true);
      expect(rawBody).not.toContain(SECRET.slice(0, 3));
      expect(rawBody).toMatch(/\.\.\. \[cut\]$/);
    },
  },
  {
    name: "a 200 whose reason phrase is not Latin-1 is data, not a ConnectionError",
    kinds: ALL,
    serve: (kind) => (request) => {
      const { body, headers } = customer(kind);
      sendRaw(request, "200 OK \u2713", body, headers);
    },
    expected: null,
    check: (outcome, kind) => {
      expectHits(outcome, 1);
      expect(kind === "kimai" ? outcome.data : (outcome.data as { customer: unknown }).customer).toMatchObject({ id: 1 });
    },
  },
  {
    name: "a 404 whose reason phrase is not Latin-1 is a NotFoundError, not retried",
    kinds: ALL,
    serve: always((request) => sendRaw(request, "404 Nicht gefunden \u2717", "")),
    expected: NotFoundError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect((outcome.error as NotFoundError).statusText).toBe("");
    },
  },
  {
    name: "Retry-After of 30 days with maxRetryAfterMs Infinity is waited for (until the caller aborts)",
    kinds: ALL,
    serve: always((_, response) => send(response, 503, "", { "Retry-After": String(30 * 24 * 3600) })),
    options: { retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY } },
    // Long enough for the 503 to arrive first on a loaded CI machine (at 300 ms it once did not).
    abortAfterMs: 1000,
    expected: RequestAbortedError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect(retryEvents(outcome).map((event) => event.delayMs)).toEqual([30 * 24 * 3600 * 1000]);
      expect(outcome.elapsedMs).toBeGreaterThanOrEqual(250);
    },
  },
  {
    name: "timeoutMs over 2^31-1 ms does not fire early",
    kinds: ALL,
    serve: (kind) => (request, response, hit, recorded) => {
      setTimeout(() => good()(kind)(request, response, hit, recorded), 100);
    },
    options: { timeoutMs: 3e9 },
    expected: null,
    check: (outcome) => expectHits(outcome, 1),
  },
  {
    name: "a logger whose promise rejects (twice per request) does not cause unhandled rejections",
    kinds: ALL,
    serve: good(),
    rejectingLogger: true,
    expected: null,
    check: (outcome) => expect(outcome.logs.map((event) => event.type)).toEqual(["request", "response"]),
  },
  ...[204, 205].map(
    (status): HostileCase => ({
      name: `a ${status} (no content) to a read that answers with a customer is a DecodeError, not undefined`,
      kinds: ALL,
      serve: always((_, response) => {
        response.writeHead(status);
        response.end();
      }),
      expected: DecodeError,
      check: (outcome) => {
        expectHits(outcome, 1);
        expect((outcome.error as DecodeError).message).toContain(`returned ${status} without a body`);
        expect((outcome.error as DecodeError).status).toBe(status);
      },
    }),
  ),
  ...["application/xhtml+xml; charset=utf-8", "text/xml; charset=utf-8"].map(
    (contentType): HostileCase => ({
      name: `a sign-in page as XHTML at 200, labelled ${contentType.split(";")[0]}, is a DecodeError, not data`,
      kinds: XML_CLIENTS,
      serve: always((_, response) =>
        send(
          response,
          200,
          '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Sign in</title></head><body><form/></body></html>',
          { "Content-Type": contentType },
        ),
      ),
      expected: DecodeError,
      check: (outcome) => {
        expectHits(outcome, 1);
        expect((outcome.error as DecodeError).rawBody).toContain("<title>Sign in</title>");
      },
    }),
  ),
  ...[
    { encoding: "gzip", corrupt: (kind: Kind) => withFlippedCrc(gzipSync(Buffer.from(customer(kind).body))) },
    { encoding: "br", corrupt: () => Buffer.from("not brotli at all") },
  ].map(
    ({ encoding, corrupt }): HostileCase => ({
      name: `a ${encoding} body that does not decompress is refused once, not retried as a lost connection`,
      kinds: ALL,
      serve: (kind) => (_, response) =>
        send(response, 200, corrupt(kind), { ...customer(kind).headers, "Content-Encoding": encoding }),
      expected: PunchclockError,
      check: (outcome) => {
        expectHits(outcome, 1);
        expect((outcome.error as PunchclockError).message).toContain(`does not decompress (Content-Encoding ${encoding})`);
      },
    }),
  ),
  {
    name: "a redirect to a Location that is not a URL is a RedirectError, not retried as a ConnectionError",
    kinds: ALL,
    serve: always((_, response) => send(response, 302, "", { Location: "http://[::1" })),
    expected: RedirectError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect((outcome.error as RedirectError).message).toContain("redirected to a Location that is not a URL");
    },
  },
  {
    name: "a Content-Type header sent twice with one media type is read (fetch joins the two values)",
    kinds: ALL,
    serve: (kind) => (_, response) => {
      const { body } = customer(kind);
      const type = kind === "mite-xml" ? "application/xml" : "application/json";
      // node:http sends an array value as one header line per value.
      response.writeHead(200, {
        "Content-Length": String(Buffer.byteLength(body)),
        "Content-Type": [type, type],
      });
      response.end(body);
    },
    expected: null,
    check: (outcome, kind) =>
      expect(kind === "kimai" ? outcome.data : (outcome.data as { customer: unknown }).customer).toMatchObject({ id: 1 }),
  },
  {
    name: "a Content-Type header sent twice with two media types is a DecodeError (fetch's rule takes the last)",
    kinds: ALL,
    serve: (kind) => (_, response) => {
      const { body, headers } = customer(kind);
      response.writeHead(200, {
        "Content-Length": String(Buffer.byteLength(body)),
        "Content-Type": [headers["Content-Type"] ?? "", "text/html"],
      });
      response.end(body);
    },
    expected: DecodeError,
    check: (outcome) => expectHits(outcome, 1),
  },
  {
    name: "a record labelled XHTML twice is a DecodeError, as one labelled XHTML once",
    kinds: XML_CLIENTS,
    serve: always((_, response) => {
      const { body } = customer("mite-xml");
      response.writeHead(200, {
        "Content-Length": String(Buffer.byteLength(body)),
        "Content-Type": ["application/xhtml+xml", "application/xhtml+xml"],
      });
      response.end(body);
    }),
    expected: DecodeError,
    check: (outcome) => expect((outcome.error as DecodeError).message).toContain("not XML"),
  },
  ...[
    {
      name: "an XML document declared ISO-8859-1, under a Content-Type without a charset, is read in its encoding",
      body: Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${MULLER_XML}`, "latin1"),
    },
    {
      name: "an XML document in UTF-16 with a byte order mark, under a Content-Type without a charset, is read in its encoding",
      body: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>\n${MULLER_XML}`, "utf16le"),
      ]),
    },
    ...["US-ASCII", "UTF-16"].map((declared) => ({
      name: `a UTF-8 XML document declaring ${declared} (no byte order mark), under a Content-Type without a charset, is read as UTF-8`,
      body: Buffer.from(`<?xml version="1.0" encoding="${declared}"?>\n${MULLER_XML}`),
    })),
    {
      name: "an XML declaration does not override the Content-Type's charset",
      body: Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${MULLER_XML}`),
      headers: XML_TYPE,
    },
  ].map(
    ({ name, body, headers }): HostileCase => ({
      name,
      kinds: XML_CLIENTS,
      serve: always((_, response) => send(response, 200, body, headers ?? { "Content-Type": "application/xml" })),
      expected: null,
      check: (outcome) => expect((outcome.data as { customer: unknown }).customer).toMatchObject({ id: 1, name: "M\u00fcller" }),
    }),
  ),
  refusedXml(
    "XML mixed content (markup inside a name) is a DecodeError, not a value missing its text",
    '<customer><id type="integer">1</id><name>Big <b>Inc</b> ltd</name></customer>',
    "<name> mixes text with child elements",
  ),
  refusedXml(
    "an XML id past 2^53 is a DecodeError, not another id",
    '<customer><id type="integer">9007199254740993</id></customer>',
    "cannot hold exactly",
  ),
  ...[
    { what: "an id past 2^53", body: '{"id": 9007199254740993, "name": "Big Inc."}', number: "9007199254740993" },
    { what: "a number that overflows to Infinity", body: '{"id": 1, "budget": -1e999}', number: "-1e999" },
  ].map(
    ({ what, body, number }): HostileCase => ({
      name: `JSON with ${what} is a DecodeError quoting the number as sent, not a rounded value`,
      kinds: JSON_CLIENTS,
      serve: always((_, response) => send(response, 200, body, JSON_TYPE)),
      expected: DecodeError,
      check: ({ error }) => {
        expect((error as DecodeError).message).toContain(`returned the number ${number}, which a JavaScript number`);
        expect((error as DecodeError).rawBody).toBe(body);
      },
    }),
  ),
  {
    name: "a JSON number past 2^53 that echoes a numeric secret: masked, not quoted rounded past the redactor",
    kinds: JSON_CLIENTS,
    options: { redact: [NUMERIC_SECRET] },
    serve: always((_, response) => send(response, 200, `{"id": 1, "echo": ${NUMERIC_SECRET}}`, JSON_TYPE)),
    expected: DecodeError,
    check: ({ error }) => {
      const { message, rawBody } = error as DecodeError;
      expect(message).toContain(`returned the number ${MARKER}`);
      expect(`${message} ${rawBody}`).not.toMatch(/9123456789/);
    },
  },
  {
    name: "a JSON error body with a number past 2^53 is still an ApiError (error bodies are not data)",
    kinds: JSON_CLIENTS,
    serve: always((_, response) =>
      send(response, 404, '{"code": 404, "message": "Not found", "trace": 9007199254740993}', JSON_TYPE),
    ),
    expected: NotFoundError,
  },
  {
    name: "an XML number that echoes the secret: masked in the error's cause too (the decoder's own error)",
    kinds: XML_CLIENTS,
    serve: always((_, response) =>
      send(response, 200, `<customer><id type="integer">${escapeXml(SECRET)}</id></customer>`, XML_TYPE),
    ),
    expected: DecodeError,
    check: ({ error }) => {
      expect((error as DecodeError).message).toContain(MARKER);
      expect((error as DecodeError).cause).toBeInstanceOf(DecodeError);
      expect(((error as DecodeError).cause as Error).message).toContain(MARKER);
    },
  },
  {
    name: "an XML number with the secret across the decoder's 40-character quote: no part of it is quoted",
    kinds: XML_CLIENTS,
    serve: always((_, response) =>
      send(response, 200, `<customer><id type="integer">${"x".repeat(30)}${escapeXml(SECRET)}</id></customer>`, XML_TYPE),
    ),
    expected: DecodeError,
    check: (outcome) => {
      expect((outcome.error as DecodeError).message).toContain(`holds ${30 + SECRET.length} characters, not a number`);
      for (const text of printedForms(outcome)) expect(text).not.toContain(SECRET.slice(0, 6));
    },
  },
  refusedXml(
    "a sign-in page whose root <html> has a namespace prefix is a DecodeError too",
    '<x:html xmlns:x="http://www.w3.org/1999/xhtml"><x:body>Sign in</x:body></x:html>',
    "returned an HTML page",
  ),
  {
    name: "an ETag that echoes the secret: masked in the cache's log events",
    kinds: ALL,
    options: { cache: true },
    serve: (kind) => (_, response) => {
      const { body, headers } = customer(kind);
      send(response, 200, body, { ...headers, ETag: `"${SECRET}"` });
    },
    expected: null,
    check: ({ logs }) => {
      const stored = logs.find((event) => event.type === "cache" && event.action === "store");
      expect(stored).toMatchObject({ etag: `"${MARKER}"` });
    },
  },
  {
    name: "a bookmark redirect whose Location echoes the secret: the RedirectError masks it",
    kinds: MITE_CLIENTS,
    action: "follow-bookmark",
    serve: always((_, response) => send(response, 302, "", { Location: `/${encodeURIComponent(SECRET)}/x` })),
    expected: RedirectError,
    check: ({ error }) => {
      expect((error as RedirectError).message).toContain(`redirected to /${MARKER}/x, not to a time-entries list`);
    },
  },
  {
    name: "a same-origin redirect to a URL with credentials is refused, not retried as a ConnectionError",
    kinds: ALL,
    serve: always((request, response) => {
      const port = request.socket.localPort;
      send(response, 302, "", { Location: `http://mallory:${encodeURIComponent(SECRET)}@127.0.0.1:${port}/steal` });
    }),
    expected: RedirectError,
    check: (outcome) => {
      expectHits(outcome, 1);
      expect((outcome.error as RedirectError).message).toContain("credentials");
    },
  },
];

/** A 200 whose XML body the XML client must refuse with a DecodeError saying `message`. */
function refusedXml(name: string, body: string, message: string): HostileCase {
  return {
    name,
    kinds: XML_CLIENTS,
    serve: always((_, response) => send(response, 200, body, XML_TYPE)),
    expected: DecodeError,
    check: ({ error }) => expect((error as DecodeError).message).toContain(message),
  };
}

/** A gzip member whose CRC no longer matches its data. */
function withFlippedCrc(member: Buffer): Buffer {
  const copy = Buffer.from(member);
  copy[copy.length - 6] = (copy[copy.length - 6] ?? 0) ^ 0xff;
  return copy;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// --- running a case ---------------------------------------------------------------------------------

function clientFor(kind: Kind, baseUrl: string, options: RuntimeOptions) {
  if (kind === "kimai") return { kind, client: createKimaiClient({ ...options, baseUrl, auth: bearerToken(SECRET) }) } as const;
  if (kind === "mite-json") {
    return {
      kind,
      client: createMiteClient({
        ...options,
        account: "acme",
        baseUrl,
        format: "json",
        auth: miteApiKey(SECRET, { in: "query" }),
      }),
    } as const;
  }
  return {
    kind,
    client: createMiteClient({
      ...options,
      account: "acme",
      baseUrl,
      format: "xml",
      auth: basicAuth({ username: MITE_USER, password: SECRET }),
    }),
  } as const;
}

async function run(server: LoopbackServer, testCase: HostileCase, kind: Kind): Promise<Outcome> {
  server.requests.length = 0;
  other.requests.length = 0;
  server.handle(testCase.serve(kind));
  const logs: LogEvent[] = [];
  const merged: RuntimeOptions = {
    ...BASE_OPTIONS,
    ...testCase.options,
    retry: testCase.options?.retry === false ? false : { ...(BASE_OPTIONS.retry || {}), ...(testCase.options?.retry || {}) },
    logger: testCase.rejectingLogger
      ? async (event) => {
          logs.push(event);
          throw new Error("log sink down");
        }
      : (event) => logs.push(event),
  };
  const controller = new AbortController();
  if (testCase.abortAfterMs !== undefined) setTimeout(() => controller.abort(new Error("caller gave up")), testCase.abortAfterMs);
  const init = testCase.abortAfterMs === undefined ? {} : { signal: controller.signal };
  const target = clientFor(kind, server.url, merged);
  const started = performance.now();
  try {
    let data: unknown;
    // The ids a caller read from a file or a command line: any value, whatever the types say.
    const pathValue = ("pathValue" in testCase ? testCase.pathValue : 1) as number;
    if (testCase.action === "follow-bookmark") {
      if (target.kind === "kimai") throw new Error("Kimai has no bookmarks");
      data = await target.client.followBookmark(1, init);
    } else if (testCase.action === "delete") {
      data =
        target.kind === "kimai"
          ? await unwrap(
              target.client.DELETE("/api/customers/{id}/rates/{rateId}", {
                params: { path: { id: 7, rateId: pathValue } },
                ...init,
              }),
            )
          : await unwrap(target.client.DELETE("/customers/{id}", { params: { path: { id: pathValue } }, ...init }));
    } else if (target.kind === "kimai") {
      data =
        testCase.action === "create"
          ? await unwrap(
              target.client.POST("/api/customers", {
                body: { name: "Big Inc.", country: "DE", currency: "EUR", language: "de", timezone: "Europe/Berlin" },
                ...init,
              }),
            )
          : await unwrap(target.client.GET("/api/customers/{id}", { params: { path: { id: 1 } }, ...init }));
    } else {
      data =
        testCase.action === "create"
          ? await unwrap(target.client.POST("/customers", { body: { customer: { name: "Big Inc." } }, ...init }))
          : await unwrap(target.client.GET("/customers/{id}", { params: { path: { id: 1 } }, ...init }));
    }
    return { data, logs, elapsedMs: performance.now() - started, requests: [...server.requests] };
  } catch (error) {
    return { error, logs, elapsedMs: performance.now() - started, requests: [...server.requests] };
  }
}

/** Everything a user could print: the error in every form and every log event. */
function printedForms(outcome: Outcome): string[] {
  const printed: string[] = [];
  const error = outcome.error;
  if (error instanceof Error)
    printed.push(error.message, error.stack ?? "", JSON.stringify(error), inspect(error, { depth: 10 }), String(error));
  for (const event of outcome.logs) printed.push(JSON.stringify(event), inspect(event, { depth: 10 }));
  return printed;
}

describe("hostile and broken responses", () => {
  let server: LoopbackServer;

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    server = await startLoopbackServer();
    other = await startLoopbackServer((_, response) => send(response, 200, "{}", JSON_TYPE));
  });

  afterAll(async () => {
    await server.close();
    await other.close();
    nock.disableNetConnect();
  });

  it("has at least 30 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  const rows = cases.flatMap((testCase) => testCase.kinds.map((kind) => [`${testCase.name} [${kind}]`, testCase, kind] as const));

  it.each(rows)("%s", async (_, testCase, kind) => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    let outcome: Outcome;
    try {
      outcome = await run(server, testCase, kind);
      // Unhandled rejections are reported after the microtask queue drains.
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
    if (testCase.expected === null) {
      expect(outcome.error).toBeUndefined();
    } else {
      expect(outcome.error).toBeInstanceOf(testCase.expected);
      expect((outcome.error as Error).constructor).toBe(testCase.expected);
    }
    testCase.check?.(outcome, kind);

    // The secret really went out (so the absence below means something), and nothing printable holds it.
    if (!testCase.refusedBeforeSending) expect(carriesSecret(outcome.requests[0])).toBe(true);
    for (const text of printedForms(outcome)) for (const leak of LEAKS) expect(text).not.toContain(leak);
  });
});
