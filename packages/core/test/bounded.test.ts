// The helper that bounds a wait on something that is not a request: an ETag store's answer, or code a client
// loads before its calls. It must leave nothing behind (a timer would keep a Node.js process alive, a listener
// would pile up on a long-lived signal), and never turn an answer nobody waits for into an unhandled rejection.
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bounded, isAbortSignal } from "../src/internal/bounded.js";

afterEach(() => {
  vi.useRealTimers();
});

const timeout = () => new Error("too late");

describe("bounded", () => {
  it("gives the answer, and leaves no timer and no listener behind", async () => {
    vi.useFakeTimers();
    const { signal } = new AbortController();
    for (let i = 0; i < 100; i++) {
      expect(await bounded(Promise.resolve(i), 1000, signal, timeout)).toBe(i);
      await expect(bounded(Promise.reject(new Error(`no ${i}`)), 1000, signal, timeout)).rejects.toThrow(`no ${i}`);
    }
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });

  it("answers at once, without a timer, when the answer is not a promise", () => {
    vi.useFakeTimers();
    expect(bounded("now", 1000, undefined, timeout)).toBe("now");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with onTimeout() once the limit passes, and with the signal's reason when it fires", async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => undefined);
    const late = bounded(never, 50, undefined, timeout);
    const settled = expect(late).rejects.toThrow("too late");
    await vi.advanceTimersByTimeAsync(50);
    await settled;
    const controller = new AbortController();
    const aborted = bounded(never, 50, controller.signal, timeout);
    controller.abort(new Error("stop"));
    await expect(aborted).rejects.toThrow("stop");
    expect(vi.getTimerCount()).toBe(0);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("keeps a limit longer than a Node timer holds, instead of running out at once", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date", "performance"] });
    let outcome = "waiting";
    void Promise.resolve(bounded(new Promise<never>(() => undefined), 2 ** 31 + 1000, undefined, timeout)).catch(
      (error: Error) => {
        outcome = error.message;
      },
    );
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(outcome).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1001);
    expect(outcome).toBe("too late");
  });

  it("leaves no unhandled rejection when the signal had fired and the answer fails later", async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listen);
    try {
      let fail: (error: Error) => void = () => undefined;
      const answer = new Promise<never>((_, reject) => {
        fail = reject;
      });
      await expect(bounded(answer, 1000, AbortSignal.abort(new Error("gone")), timeout)).rejects.toThrow("gone");
      fail(new Error("the answer failed later"));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listen);
    }
  });
});

describe("isAbortSignal", () => {
  it("accepts an AbortSignal and a look-alike (another realm, a polyfill), nothing else", () => {
    expect(isAbortSignal(new AbortController().signal)).toBe(true);
    const lookalike = Object.assign(new EventTarget(), { aborted: false });
    expect(isAbortSignal(lookalike)).toBe(true);
    for (const value of [undefined, null, {}, { aborted: false }, "signal", new EventTarget()]) {
      expect(isAbortSignal(value)).toBe(false);
    }
  });
});
