// Loaded before every test file of every package: tests never reach the network. Tests that start their
// own server on loopback re-enable exactly that with `nock.enableNetConnect("127.0.0.1")`.
import nock from "nock";

// nock 15 intercepts through @mswjs/interceptors 0.44, which calls Promise.withResolvers (Node >= 22) for
// TLS sockets. Node 20 lacks it; this is the spec'd behaviour, for the test process only.
if (typeof Promise.withResolvers !== "function") {
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

nock.disableNetConnect();
