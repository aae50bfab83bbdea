/**
 * Base class of every error punchclock throws, so `catch (e) { if (e instanceof PunchclockError) ... }`
 * separates library failures from bugs in the caller's code.
 */
export class PunchclockError extends Error {
  override name = "PunchclockError";
}

/** A body that does not parse as the format it claims (malformed, truncated or hostile XML or JSON). */
export class DecodeError extends PunchclockError {
  override name = "DecodeError";
  /** The format that was expected. */
  readonly format: "json" | "xml";

  constructor(format: "json" | "xml", message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.format = format;
  }
}
