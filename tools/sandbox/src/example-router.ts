import { createServer, request as forward, type Server } from "node:http";

/** Picks the spec example a request should be answered with, or undefined for Prism's default (the first). */
export type ExampleRule = (method: string, url: URL) => string | undefined;

/**
 * mite answers `GET /time_entries` with entries, or with groups when `group_by` is set: one operation whose
 * spec examples are named after the grouping (`byProject`, `byProjectAndMonth`). Prism always answers with
 * the first example, so the sandbox names the matching one.
 */
export const groupedTimeEntriesExample: ExampleRule = (method, url) => {
  if (method !== "GET" || !/^\/time_entries\.(json|xml)$/.test(url.pathname)) return undefined;
  const groupings = (url.searchParams.get("group_by") ?? "").split(",").filter(Boolean);
  if (groupings.length === 0) return undefined;
  return `by${groupings.map((grouping) => grouping.charAt(0).toUpperCase() + grouping.slice(1)).join("And")}`;
};

/**
 * A pass-through in front of Prism on `127.0.0.1:port` that asks Prism (`Prefer: example=...`) for the example
 * a rule picks. Everything else, CORS preflights included, goes through unchanged.
 */
export async function startExampleRouter(port: number, prismPort: number, rules: readonly ExampleRule[]): Promise<Server> {
  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? "/", "http://sandbox");
    const example = rules.map((rule) => rule(incoming.method ?? "GET", url)).find((name) => name !== undefined);
    const headers = { ...incoming.headers, ...(example ? { prefer: `example=${example}` } : {}) };
    const upstream = forward(
      { host: "127.0.0.1", port: prismPort, method: incoming.method, path: incoming.url, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { "Content-Type": "text/plain" });
      outgoing.end("sandbox: Prism did not answer");
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return server;
}
