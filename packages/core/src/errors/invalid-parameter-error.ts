import { PunchclockError, type PunchclockErrorOptions, registerErrorClass } from "./punchclock-error.js";

/**
 * A request the client refused before sending it, because one of its parameters would have changed which
 * resource the request addresses: a path parameter that is `..`, `.`, empty or missing, holds a `/`, `\`,
 * `?`, `#` or a control character (also percent-encoded), or is a number that is not finite. TypeScript
 * rules most of these out, but ids read from files, command lines or other APIs carry them anyway. The
 * message names the parameter and the problem, never the value.
 */
export class InvalidParameterError extends PunchclockError {
  static {
    registerErrorClass(InvalidParameterError, "InvalidParameterError");
  }
  /** Name of the parameter, as in the path template (`rateId`); `""` when the template itself is the problem. */
  readonly parameter: string;
  /** Where the parameter goes: only path parameters are checked. */
  readonly location: "path";

  constructor(message: string, options: PunchclockErrorOptions & { parameter: string }) {
    super(message, options);
    this.parameter = options.parameter;
    this.location = "path";
  }
}
