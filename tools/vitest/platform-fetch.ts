// The platform's fetch (globalThis.fetch) replaced by a script, for tests of the calls a client sends to it as
// `fetch(url, init)` (see OutgoingRequest in packages/core/src/transport/). vitest's stubGlobal: call
// `vi.unstubAllGlobals()` after each test.
import { vi } from "vitest";

/** One call of the platform's fetch: what it was given, and the Request it built from that (body unread). */
export interface PlatformFetchCall {
  readonly input: unknown;
  readonly init: RequestInit | undefined;
  readonly request: Request;
  /** The body as text (read from a clone of `request`). */
  readonly body: string;
}

/**
 * Replaces the platform's fetch. Each call is recorded, then builds the Request the real fetch would (so
 * whatever fetch refuses throws here too, after being recorded), and is answered by the next of `answers`
 * (the last one repeats).
 */
export function stubPlatformFetch(...answers: Array<(request: Request) => Response | Promise<Response>>): PlatformFetchCall[] {
  const calls: PlatformFetchCall[] = [];
  vi.stubGlobal("fetch", async (input: unknown, init?: RequestInit) => {
    const call: { -readonly [K in keyof PlatformFetchCall]?: PlatformFetchCall[K] } = { input, init };
    calls.push(call as PlatformFetchCall);
    const request = new Request(input as string, init);
    call.request = request;
    call.body = await request.clone().text();
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    if (!answer) throw new Error("stubPlatformFetch needs an answer");
    return answer(request);
  });
  return calls;
}
