import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiError,
  InvalidParameterError,
  type Logger,
  NotFoundError,
  type PunchclockError,
  type RetryOptions,
  type TransportOptions,
} from "../src/index.js";

// Run by vitest's typecheck mode (tools/vitest/config.ts): a wrong expectation fails the suite.
describe("core types", () => {
  it("instanceof narrows to the error class, although the classes define Symbol.hasInstance", () => {
    const caught: unknown = new NotFoundError({
      status: 404,
      statusText: "",
      body: undefined,
      method: "GET",
      path: "/x",
      operationId: undefined,
    });
    if (caught instanceof NotFoundError) {
      expectTypeOf(caught).toEqualTypeOf<NotFoundError>();
      expectTypeOf(caught.status).toEqualTypeOf<number>();
    }
    if (caught instanceof InvalidParameterError) {
      expectTypeOf(caught.parameter).toEqualTypeOf<string>();
      expectTypeOf(caught.location).toEqualTypeOf<"path">();
    }
    expectTypeOf<NotFoundError>().toExtend<ApiError>();
    expectTypeOf<InvalidParameterError>().toExtend<PunchclockError>();
  });

  it("accepts async loggers and numbers for the limits", () => {
    expectTypeOf<(event: Parameters<Logger>[0]) => Promise<void>>().toExtend<Logger>();
    expectTypeOf<TransportOptions["timeoutMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RetryOptions["maxRetryAfterMs"]>().toEqualTypeOf<number | undefined>();
  });
});
