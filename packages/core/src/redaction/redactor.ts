/**
 * Masks credentials in text, values, URLs and headers before they reach an error or a log event.
 *
 * Two layers: the exact secrets a client holds (from its {@link AuthStrategy}), in every form they can take
 * on the wire (raw, percent-encoded, form-encoded, JSON- and XML-escaped), and patterns that catch
 * credentials the client was never told about (`api_key=...`, `Bearer ...`, `Basic ...`).
 */

/** Header names whose values are credentials, whatever they hold. */
const SENSITIVE_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "x-auth-token",
  "x-miteapikey",
  "cookie",
  "set-cookie",
]);

/** Query parameters whose values are credentials. */
const SENSITIVE_QUERY_PARAMETERS = new Set(["api_key"]);

/** Credentials recognised by shape, for text the client cannot know the secret of. Group 1 is kept. */
const CREDENTIAL_PATTERNS: readonly RegExp[] = [
  /(\bapi_key=)[^&\s"'<>#]+/gi,
  /(\b(?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=-]+/gi,
  /(\b(?:X-AUTH-TOKEN|X-MiteApiKey)["']?\s*[:=]\s*["']?)[^\s"',;}<]+/gi,
];

/** Markers tried in order; the first that shares no character with any secret is used (see `#marker`). */
const MARKERS = ["[REDACTED]", "***", "###", "\u2588\u2588\u2588"];

/**
 * Deepest nesting {@link Redactor.redactValue} copies. Deeper values are replaced by {@link TOO_DEEP}, never
 * returned as they were: they could hold a secret, and they would overflow the stack of `JSON.stringify`.
 */
const MAX_VALUE_DEPTH = 100;

/** What {@link Redactor.redactValue} puts in place of a value nested deeper than 100 levels. */
export const TOO_DEEP = "[nested too deep]";

type Span = [start: number, end: number];

/**
 * Replaces secrets with a marker. A `Redactor` is immutable and cheap to call; build one per client.
 *
 * @example
 * const redactor = new Redactor(["s3cret"]);
 * redactor.redact("token s3cret rejected"); // "token [REDACTED] rejected"
 */
export class Redactor {
  /** The marker that replaces every secret. */
  readonly marker: string;
  readonly #secrets: readonly string[];
  readonly #needles: readonly string[];
  /**
   * The secrets that are numbers as JSON writes them (digits, no leading zero), as numbers: JSON.parse rounds
   * one past 2^53 to a number whose digits no longer show it. "0401" is not one: masking 401 would hide status
   * codes.
   */
  readonly #numbers: readonly number[];
  /** Length of the longest needle: how far a secret can reach past a cut. */
  readonly #longest: number;

  /** @param secrets strings that must never be shown (empty strings are ignored). */
  constructor(secrets: readonly string[] = []) {
    this.#secrets = secrets.filter((secret) => typeof secret === "string" && secret.length > 0);
    const needles = new Set<string>();
    for (const secret of this.#secrets) for (const variant of wireForms(secret)) if (variant.length > 0) needles.add(variant);
    // Longest first, so a secret that contains another is masked as a whole.
    this.#needles = [...needles].sort((a, b) => b.length - a.length);
    this.#numbers = this.#secrets.filter((secret) => /^[1-9]\d*$/.test(secret)).map(Number);
    this.#longest = this.#needles[0]?.length ?? 0;
    this.marker = chooseMarker(this.#needles);
  }

  /** A redactor that also masks `secrets`. */
  with(secrets: readonly string[]): Redactor {
    return new Redactor([...this.#secrets, ...secrets]);
  }

  /**
   * Returns `text` with every secret and every credential-shaped substring replaced by {@link marker}.
   * The marker shares no character with any secret, so no secret can re-form across a replacement.
   */
  redact(text: string): string {
    return this.#apply(text, this.#spans(text), text.length);
  }

  /**
   * The start of `text`, at most `maxChars` characters, redacted as if the whole text had been: a secret that
   * straddles the cut leaves none of its characters behind (cutting first and redacting after would keep
   * its first characters). Pass `complete: false` when `text` is itself only the start of a longer text,
   * so a secret can straddle its end too; then the last characters that could begin a secret are left out.
   * `omitted` counts the characters of `text` that are not in `excerpt`.
   */
  redactExcerpt(text: string, maxChars: number, complete = true): { excerpt: string; omitted: number } {
    let end = Math.min(Math.max(0, Math.floor(maxChars)), text.length);
    if (!complete) end = Math.min(end, Math.max(0, text.length - Math.max(0, this.#longest - 1)));
    if (end === text.length) return { excerpt: this.redact(text), omitted: 0 };
    // Every secret that starts before `end` ends inside this window, so it is found whole and masked.
    const spans = this.#spans(text.slice(0, end + this.#longest));
    return { excerpt: this.#apply(text, spans, end), omitted: text.length - end };
  }

  /** Where secrets and credential-shaped values are in `text`. */
  #spans(text: string): Span[] {
    const spans: Span[] = [];
    for (const needle of this.#needles) {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
        spans.push([at, at + needle.length]);
      }
    }
    for (const pattern of CREDENTIAL_PATTERNS) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index + (match[1]?.length ?? 0);
        if (start < match.index + match[0].length) spans.push([start, match.index + match[0].length]);
      }
    }
    return spans;
  }

  /** `text` up to `end`, every span that starts before `end` replaced by the marker (overlapping spans as one). */
  #apply(text: string, spans: Span[], end: number): string {
    if (spans.length === 0) return text.slice(0, end);
    spans.sort((a, b) => a[0] - b[0]);
    let result = "";
    let cursor = 0;
    let openEnd = -1;
    for (const [start, spanEnd] of spans) {
      if (start >= end) break;
      if (start > openEnd) {
        result += text.slice(cursor, start) + this.marker;
        cursor = start;
      }
      openEnd = Math.max(openEnd, spanEnd);
      cursor = Math.max(cursor, spanEnd);
    }
    return cursor >= end ? result : result + text.slice(cursor, end);
  }

  /**
   * A deep copy of a JSON-like value with every string (and object key) redacted, and every number that
   * shows a secret (a numeric password echoed as a JSON number, also once JSON.parse rounded it) replaced by
   * {@link marker}. Arrays and objects nested deeper than 100 levels are replaced by {@link TOO_DEEP} (so are
   * cycles, at that depth).
   */
  redactValue<T>(value: T): T {
    return this.#redactValue(value, 0) as T;
  }

  #redactValue(value: unknown, depth: number): unknown {
    if (typeof value === "string") return this.redact(value);
    if (typeof value === "number") {
      return this.#numbers.includes(value) ? this.marker : value;
    }
    if (value === null || typeof value !== "object") return value;
    if (depth >= MAX_VALUE_DEPTH) return TOO_DEEP;
    if (Array.isArray(value)) return value.map((item) => this.#redactValue(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, this.redact(key), {
        value: this.#redactValue(item, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }

  /** A URL with credential query parameters (`api_key`) and every known secret masked. */
  redactUrl(url: string | URL): string {
    let text = String(url);
    try {
      const parsed = new URL(text);
      for (const name of [...parsed.searchParams.keys()]) {
        if (SENSITIVE_QUERY_PARAMETERS.has(name.toLowerCase())) parsed.searchParams.set(name, "REDACTED");
      }
      if (parsed.password) parsed.password = "REDACTED";
      // The credential pattern below turns the placeholder into the marker.
      text = parsed.toString();
    } catch {
      // Not a URL: the text patterns below still apply.
    }
    return this.redact(text);
  }

  /** Headers as a plain object, credential headers masked entirely and every other value redacted. */
  redactHeaders(headers: Headers): Record<string, string> {
    const result: Record<string, string> = {};
    headers.forEach((value, name) => {
      result[name] = SENSITIVE_HEADERS.has(name.toLowerCase()) ? this.marker : this.redact(value);
    });
    return result;
  }
}

/** A redactor that knows no secrets and masks credential-shaped text only. */
export const patternRedactor = new Redactor();

/** Every form a secret can take in a URL, a header echo, a JSON or an XML document. */
function wireForms(secret: string): string[] {
  if (typeof secret !== "string" || secret.length === 0) return [];
  const json = JSON.stringify(secret).slice(1, -1);
  // PHP's json_encode (Kimai) escapes "/" and writes every other non-ASCII character as \uXXXX; Symfony's
  // JsonResponse writes < > & ' " so too (JSON_HEX_*, in capitals).
  const php = json.replace(/\//g, "\\/").replace(/[^\0-\x7f]/g, (char) => `\\u${hex(char).padStart(4, "0")}`);
  const forms = [
    secret,
    // Lowercased too: URL parsing lowercases a host, so a secret echoed into one (a redirect to
    // `https://<secret>.example`) would otherwise pass.
    secret.toLowerCase(),
    json,
    php,
    php.replace(/\\"|[<>&']/g, (char) => `\\u00${hex(char).toUpperCase()}`),
    // Rails (mite) writes < > & as \u003c \u0026, in lower case, and leaves "/" and non-ASCII as they are.
    json.replace(/[<>&]/g, (char) => `\\u00${hex(char)}`),
    escapeXml(secret, "&apos;"),
    escapeXml(secret, "&#39;"),
  ];
  try {
    forms.push(encodeURIComponent(secret), new URLSearchParams({ k: secret }).toString().slice(2));
  } catch {
    // A lone surrogate cannot be percent-encoded, so it cannot appear encoded either.
  }
  return forms;
}

/** The code of a match's last character in hex: `<` -> `3c`, `\"` -> `22`. */
function hex(match: string): string {
  return match.charCodeAt(match.length - 1).toString(16);
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escapeXml(text: string, apostrophe: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? apostrophe);
}

function chooseMarker(needles: readonly string[]): string {
  const used = new Set<string>();
  for (const needle of needles) for (const char of needle) used.add(char);
  const fits = (marker: string) => [...marker].every((char) => !used.has(char));
  const known = MARKERS.find(fits);
  if (known) return known;
  // Every marker shares a character with a secret: fall back to a block character no secret uses.
  for (let code = 0x2580; code < 0x2600; code++) {
    const char = String.fromCharCode(code);
    if (!used.has(char)) return char.repeat(3);
  }
  return "\uFFFD";
}
