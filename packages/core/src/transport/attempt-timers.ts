import { MAX_TIMER_MS } from "./retry.js";

/**
 * The time limit of one attempt: a controller that aborts when the time runs out. Timers are reused: an
 * AbortController costs a sizeable part of a call in Node 20 (its signal is made transferable, then collected;
 * pnpm bench), and one whose attempt ended without aborting is as good as new.
 */
export interface AttemptTimer {
  readonly controller: AbortController;
  at: number;
  uses: number;
  /** Neighbours in the list of running timers (`undefined` at its ends), and whether it is in the list. */
  previous: AttemptTimer | undefined;
  next: AttemptTimer | undefined;
  running: boolean;
}

// A fetch may leave a listener on the signal it was given: undici removes its own only when the request is
// collected, and a fetch wrapper may never remove one. A timer therefore serves at most MAX_USES attempts,
// and none after an attempt that followed redirects (a request per hop), so the listeners that can pile up
// on one signal stay under EventTarget's leak warning (10), whatever fetch is used.
const MAX_USES = 4;
const MAX_SPARE = 16;
const spare: AttemptTimer[] = [];

// All running timers share one platform timer, set for the earliest of them: a setTimeout per attempt cost
// more than the rest of the transport together (Node 20, pnpm bench). Starting and stopping a timer relinks a
// list; with one time limit per client a new timer never runs out before the running ones, so the platform
// timer is set again only when it fires. It keeps a Node process alive only while an attempt is running.
let first: AttemptTimer | undefined;
let last: AttemptTimer | undefined;
let platformTimer: ReturnType<typeof setTimeout> | undefined;
let platformTimerAt = Number.POSITIVE_INFINITY;

/** A timer whose controller aborts with a `TimeoutError` DOMException after `ms` milliseconds (any length). */
export function startTimer(ms: number): AttemptTimer {
  const timer = spare.pop() ?? {
    controller: new AbortController(),
    at: 0,
    uses: 0,
    previous: undefined,
    next: undefined,
    running: false,
  };
  timer.at = performance.now() + ms;
  timer.running = true;
  timer.previous = last;
  const wasIdle = first === undefined;
  if (last) last.next = timer;
  else first = timer;
  last = timer;
  if (timer.at < platformTimerAt) schedule(timer.at);
  else if (wasIdle) keepAlive(true);
  return timer;
}

/**
 * Stops a timer (if it has not run out). It serves another attempt if its controller never aborted, this
 * attempt sent one request (`reusable`), and it has not served {@link MAX_USES} attempts yet.
 */
export function stopTimer(timer: AttemptTimer, reusable: boolean): void {
  unlink(timer);
  if (reusable && !timer.controller.signal.aborted && ++timer.uses < MAX_USES && spare.length < MAX_SPARE) spare.push(timer);
}

function unlink(timer: AttemptTimer): void {
  if (!timer.running) return;
  timer.running = false;
  const { previous, next } = timer;
  if (previous) previous.next = next;
  else first = next;
  if (next) next.previous = previous;
  else last = previous;
  timer.previous = undefined;
  timer.next = undefined;
  if (first === undefined) keepAlive(false);
}

/** Whether the platform timer keeps a Node process alive (browsers have no such notion). */
function keepAlive(alive: boolean): void {
  const timer = platformTimer as { ref?: () => void; unref?: () => void } | undefined;
  if (alive) timer?.ref?.();
  else timer?.unref?.();
}

function schedule(at: number): void {
  if (platformTimer !== undefined) clearTimeout(platformTimer);
  platformTimerAt = at;
  // At least 1 ms: the timer's clock can be a fraction behind performance.now(). Longer than a timer holds
  // (about 24.8 days) is set again when it fires.
  platformTimer = setTimeout(fire, Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(at - performance.now()))));
  if (first === undefined) keepAlive(false);
}

function fire(): void {
  platformTimer = undefined;
  platformTimerAt = Number.POSITIVE_INFINITY;
  const now = performance.now();
  let earliest = Number.POSITIVE_INFINITY;
  const expired: AttemptTimer[] = [];
  for (let timer = first; timer; timer = timer.next) {
    if (timer.at <= now) expired.push(timer);
    else if (timer.at < earliest) earliest = timer.at;
  }
  // Unlinked first, then aborted: what an abort runs cannot reach the list while it is walked.
  for (const timer of expired) unlink(timer);
  for (const timer of expired) timer.controller.abort(new DOMException("The attempt timed out", "TimeoutError"));
  if (earliest < platformTimerAt) schedule(earliest);
}
