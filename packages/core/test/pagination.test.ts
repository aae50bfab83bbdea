import { describe, expect, it } from "vitest";
import { paginate, RequestAbortedError, stopAtShortPage, TimeoutError, totalPagesHeader } from "../src/index.js";

function pagesOf(total: number, size: number, headers?: (page: number) => Record<string, string>) {
  const requested: number[] = [];
  const fetchPage = async (page: number) => {
    requested.push(page);
    const start = (page - 1) * size;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    return { items, response: new Response(null, { headers: headers?.(page) }) };
  };
  return { requested, fetchPage };
}

describe("paginate", () => {
  it("stops at a short page (mite)", async () => {
    const { requested, fetchPage } = pagesOf(7, 3);
    const items = await paginate({ fetchPage, strategy: stopAtShortPage(3) }).toArray();
    expect(items).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(requested).toEqual([1, 2, 3]);
  });

  it("asks for one empty page when the total is a multiple of the page size", async () => {
    const { requested, fetchPage } = pagesOf(6, 3);
    expect(await paginate({ fetchPage, strategy: stopAtShortPage(3) }).toArray()).toHaveLength(6);
    expect(requested).toEqual([1, 2, 3]);
  });

  it("follows X-Total-Pages (Kimai) without asking for a page past the last", async () => {
    const { requested, fetchPage } = pagesOf(6, 3, () => ({ "X-Total-Pages": "2" }));
    expect(await paginate({ fetchPage, strategy: totalPagesHeader() }).toArray()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(requested).toEqual([1, 2]);
  });

  it("stops after the first page when the count header is missing or garbage", async () => {
    for (const value of [undefined, "many"]) {
      const { requested, fetchPage } = pagesOf(9, 3, (): Record<string, string> => (value ? { "X-Total-Pages": value } : {}));
      await paginate({ fetchPage, strategy: totalPagesHeader() }).toArray();
      expect(requested).toEqual([1]);
    }
  });

  it("fetches lazily: breaking out of the loop requests no further page", async () => {
    const { requested, fetchPage } = pagesOf(100, 10);
    for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(10) })) {
      if (item === 12) break;
    }
    expect(requested).toEqual([1, 2]);
  });

  it("yields pages with their responses", async () => {
    const { fetchPage } = pagesOf(4, 3);
    const pages = [];
    for await (const page of paginate({ fetchPage, strategy: stopAtShortPage(3) }).pages()) pages.push(page);
    expect(pages.map((p) => [p.page, p.items.length])).toEqual([
      [1, 3],
      [2, 1],
    ]);
    expect(pages[0]?.response).toBeInstanceOf(Response);
  });

  it("surfaces the failing page's error", async () => {
    const failing = async (page: number) => {
      if (page === 2) throw new Error("page 2 failed");
      return { items: [1, 2], response: new Response(null) };
    };
    await expect(paginate({ fetchPage: failing, strategy: stopAtShortPage(2) }).toArray()).rejects.toThrow("page 2 failed");
  });

  it("stops on abort before requesting the next page", async () => {
    const controller = new AbortController();
    const { requested, fetchPage } = pagesOf(100, 10);
    const seen: number[] = [];
    const run = (async () => {
      for await (const item of paginate({ fetchPage, strategy: stopAtShortPage(10), signal: controller.signal })) {
        seen.push(item);
        if (item === 9) controller.abort(new Error("user cancelled"));
      }
    })();
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).message).toBe("Pagination (before page 2) was aborted");
    expect((error as RequestAbortedError).cause).toEqual(new Error("user cancelled"));
    expect(requested).toEqual([1]);
    expect(seen).toHaveLength(10);
  });

  it("reports a timeout signal as a TimeoutError", async () => {
    const { requested, fetchPage } = pagesOf(100, 10);
    const signal = AbortSignal.abort(new DOMException("took too long", "TimeoutError"));
    const error = await paginate({ fetchPage, strategy: stopAtShortPage(10), signal })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(requested).toEqual([]);
  });

  it("refuses a page size below 1", () => {
    expect(() => stopAtShortPage(0)).toThrow(RangeError);
  });
});
