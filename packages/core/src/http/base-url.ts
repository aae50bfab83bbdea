/**
 * Checks a client's base URL when the client is created, so a wrong one fails once, at the line that made
 * it, with a message that never repeats the URL (it may hold credentials): fetch's own `TypeError` for
 * `https://user:password@host` holds the whole URL, password included, and comes from every request.
 *
 * Refused: anything but an absolute `http:` or `https:` URL; user info (`user:password@`), which fetch
 * cannot send (use `basicAuth({ username, password })`); a query or fragment, because paths are appended
 * to the base URL as text and would end up inside them.
 *
 * @param option the option's name for the message, e.g. `"baseUrl"`
 * @returns the base URL, unchanged
 */
export function checkBaseUrl(baseUrl: unknown, option = "baseUrl"): string {
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") throw new TypeError(`${option} must be a non-empty URL`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`${option} is not an absolute URL (not repeated here, as it may hold credentials)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`${option} must be an http: or https: URL`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new TypeError(
      `${option} holds user info (user:password@), which fetch cannot send; pass credentials as auth, e.g. basicAuth({ username, password }). The URL is not repeated here.`,
    );
  }
  if (/[?#]/.test(baseUrl)) {
    throw new TypeError(`${option} must not have a query or fragment: request paths are appended to it and would land in them`);
  }
  return baseUrl;
}
