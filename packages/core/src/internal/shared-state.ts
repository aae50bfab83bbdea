import type { RequestContext } from "../http/operations.js";

/**
 * What the runtime remembers about requests and responses between its middleware, its transport and
 * `unwrap()`. These pieces can come from different copies of `@punchclock/core` (a client's own dependency
 * and yours, or an ESM and a CommonJS build): with state per copy, `unwrap()` from one copy would not
 * know the operation or the secrets of a response tagged by another, and would redact by pattern only.
 * So the state lives on `globalThis` under a `Symbol.for` key that every copy computes alike.
 */
export interface SharedState {
  readonly contextsByRequest: WeakMap<Request, RequestContext>;
  readonly contextsByResponse: WeakMap<Response, RequestContext>;
  readonly decodedResponses: WeakSet<Response>;
  /** Requests of a client whose redirect response goes to the caller instead of being followed. */
  readonly keptRedirects: WeakSet<Request>;
}

/**
 * The key names the shape of {@link SharedState}: a release that changes the shape (or `RequestContext`)
 * must change the number, so copies that could misread each other's state keep their own.
 */
const STATE_KEY = Symbol.for("@punchclock/core/shared-state@2");

/** The state every copy of this package shares in this realm, created by the first copy that asks. */
export function sharedState(): SharedState {
  const holder = globalThis as { [STATE_KEY]?: SharedState };
  const existing = holder[STATE_KEY];
  if (existing) return existing;
  const state: SharedState = {
    contextsByRequest: new WeakMap(),
    contextsByResponse: new WeakMap(),
    decodedResponses: new WeakSet(),
    keptRedirects: new WeakSet(),
  };
  // Not enumerable, so it does not show up in a dump of globalThis.
  Object.defineProperty(globalThis, STATE_KEY, { value: state, enumerable: false, writable: false, configurable: false });
  return state;
}
