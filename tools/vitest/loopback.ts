// A node:http server on 127.0.0.1 for tests that need real HTTP (paging order, conditional requests).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import nock from "nock";
import { afterAll, beforeEach } from "vitest";

/** One request the server received. */
export interface Received {
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
}

/** Answers one request; may be async. */
export type Handler = (request: Received, response: ServerResponse) => unknown;

export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request, in the order it arrived. */
  readonly requests: Received[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Starts a server on a random loopback port. */
export async function loopback(
  handler: Handler = (_, response) => {
    response.end();
  },
): Promise<Loopback> {
  let current = handler;
  const requests: Received[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const received = { method: request.method ?? "", url: request.url ?? "", headers: request.headers };
      requests.push(received);
      Promise.resolve(current(received, response)).catch((error: unknown) => {
        response.statusCode = 599;
        response.end(String(error));
      });
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
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

/** Resolves after `turns` turns of the event loop (I/O included): a bounded wait that is not a clock. */
export async function eventLoopTurns(turns: number, until: () => boolean = () => false): Promise<void> {
  for (let i = 0; i < turns && !until(); i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A loopback server for the tests of one file: started now, its request log emptied before each test, closed
 * after the last. Opens nock's network block for 127.0.0.1 only, for as long as the file runs.
 */
export async function loopbackForThisFile(): Promise<Loopback> {
  nock.enableNetConnect("127.0.0.1");
  const server = await loopback();
  beforeEach(() => {
    server.requests.length = 0;
  });
  afterAll(async () => {
    await server.close();
    nock.disableNetConnect();
  });
  return server;
}
