// A node:http server on 127.0.0.1 for tests that need real HTTP (paging order, conditional requests): the
// hostile-server's loopback server, with handlers that may be async.
import type { ServerResponse } from "node:http";
import nock from "nock";
import { afterAll, beforeEach } from "vitest";
import { type FaultHandler, type RecordedRequest, startLoopbackServer } from "../hostile-server/src/server.js";

/** One request the server received. */
export type Received = RecordedRequest;

/** Answers one request; may be async (a failure answers 599 with its message). */
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
  const answering =
    (next: Handler): FaultHandler =>
    (_request, response, _hit, recorded) => {
      Promise.resolve()
        .then(() => next(recorded, response))
        .catch((error: unknown) => {
          response.statusCode = 599;
          response.end(String(error));
        });
    };
  const server = await startLoopbackServer(answering(handler));
  return {
    url: server.url,
    requests: server.requests,
    handle: (next) => server.handle(answering(next)),
    close: () => server.close(),
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
