import type { RequestContext } from "../http/operations.js";

/**
 * What the runtime remembers about responses between a client and `unwrap()`. These pieces can come from
 * different copies of `@punchclock/core` (a client's own dependency and yours, or an ESM and a CommonJS
 * build): with state per copy, `unwrap()` from one copy would not know the operation or the secrets of a
 * response tagged by another, and would redact by pattern only. So the state lives on `globalThis` under a
 * `Symbol.for` key that every copy computes alike.
 */
export interface SharedState {
  readonly contextsByResponse: WeakMap<Response, RequestContext>;
  readonly decodedResponses: WeakSet<Response>;
}

/**
 * The key names the shape of {@link SharedState}: a release that changes the shape (or `RequestContext`)
 * must change the number, so copies that could misread each other's state keep their own.
 */
const STATE_KEY = Symbol.for("@punchclock/core/shared-state@3");

/**
 * Where a response the transport built ({@link BufferedResponse}) carries the context of its call: a field
 * costs less than an entry in `contextsByResponse` (no hash, no weak entry to collect), and the key is the same
 * in every copy.
 */
export const RESPONSE_CONTEXT: unique symbol = Symbol.for("@punchclock/core/response-context@3");

/** The state every copy of this package shares in this realm, created by the first copy that asks. */
export function sharedState(): SharedState {
  const holder = globalThis as { [STATE_KEY]?: SharedState };
  const existing = holder[STATE_KEY];
  if (existing) return existing;
  const state: SharedState = { contextsByResponse: new WeakMap(), decodedResponses: new WeakSet() };
  // Not enumerable, so it does not show up in a dump of globalThis.
  Object.defineProperty(globalThis, STATE_KEY, { value: state, enumerable: false, writable: false, configurable: false });
  return state;
}
