// The paginator imports its page loop with the first page (pagination/page-loop.ts). When that import fails
// (a browser app offline, or redeployed under it), the iteration fails with a PunchclockError, not the loader's.
import { afterEach, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("../src/pagination/page-loop.js");
  vi.resetModules();
});

it("fails with a PunchclockError naming the cause when the page loop cannot be loaded, without fetching", async () => {
  vi.resetModules();
  vi.doMock("../src/pagination/page-loop.js", () => {
    throw new TypeError("Failed to fetch dynamically imported module");
  });
  const { PunchclockError, paginate, stopAtShortPage } = await import("../src/index.js");
  const fetchPage = vi.fn(async () => ({ items: [1], response: new Response("[1]") }));
  const paginator = paginate({ fetchPage, strategy: stopAtShortPage(10) });
  const failure = await paginator.toArray().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(PunchclockError);
  expect((failure as Error).message).toBe("Pagination: the paginator's code could not be loaded");
  // The loader's error (here vitest's, wrapping the factory's) is kept as the cause.
  expect((failure as Error).cause).toBeInstanceOf(Error);
  expect(fetchPage).not.toHaveBeenCalled();
});
