import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** One request the server received. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as sent (the query can hold `api_key`). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** Answers (or refuses to answer) one request; `hit` counts requests from 1. */
export type FaultHandler = (request: IncomingMessage, response: ServerResponse, hit: number, recorded: RecordedRequest) => void;

/** A running loopback server. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Replaces the handler for the next requests. */
  handle(handler: FaultHandler): void;
  /** Closes the server and destroys open sockets, including those of requests it never answered. */
  close(): Promise<void>;
}

/**
 * Starts a real `node:http` server on 127.0.0.1 with a random port, for faults a mock cannot produce:
 * resets mid-body, stalls, redirect loops, compressed bombs, byte-exact bodies.
 */
export async function startLoopbackServer(handler: FaultHandler = (_, response) => response.end()): Promise<LoopbackServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const recorded: RecordedRequest = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: { ...request.headers },
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      current(request, response, requests.length, recorded);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
