import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DecodeError } from "../errors/punchclock-error.js";
import { elementNameToKey } from "./names.js";

/** Options of the Rails XML decoder. */
export interface RailsXmlDecodeOptions {
  /** Deepest element nesting accepted; deeper documents are refused (default 64). */
  maxDepth?: number;
}

/** A value of the JSON data model, which is what Rails XML decodes to. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

interface Frame {
  name: string;
  type: string | undefined;
  nil: boolean;
  /** The `on` attribute of a Rails validation error (`<error on="name">`). */
  on: string | undefined;
  text: string;
  /**
   * The children, built as they close (no list of entries to turn into an object later): the record of an
   * element with children, or the items of a `type="array"` element.
   */
  record: { [key: string]: JsonValue } | undefined;
  items: JsonValue[] | undefined;
  /** The item keys of a root array, which become the `{ item_name: value }` wrappers. */
  itemKeys: string[] | undefined;
  /** Keys that occurred more than once in `record`, whose value is the array of their values. */
  repeated: Set<string> | undefined;
}

const DEFAULT_MAX_DEPTH = 64;
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Incremental decoder for Rails-style XML (`<customer><hourly-rate type="integer">6000</hourly-rate></customer>`)
 * into the JSON shape of the same resource (`{ customer: { hourly_rate: 6000 } }`).
 *
 * Rules: `type` attributes give integers, floats, booleans and arrays; `nil="true"` is null; untyped leaves
 * are strings (dates stay strings, as in JSON), an empty root is an empty record; names are dasherized; a root `type="array"` becomes an
 * array of `{ item_name: value }` wrappers, like mite's JSON lists. The one other attribute kept is `on`,
 * which names the attribute of a validation error: `<error on="name">can't be blank</error>` is
 * `{ on: "name", message: "can't be blank" }` (Rails' own `Hash.from_xml` drops it). DOCTYPEs and entity
 * definitions are refused, so entity expansion attacks and external entities never get a chance to run.
 */
export class RailsXmlDecoder {
  readonly #parser: SaxesParser;
  /**
   * The open elements, outermost first: `#frames[0..#depth)`. Frames are reused by depth (a document of
   * 10,000 records opens 190,000 elements, whose frames were a good part of the garbage), so a frame's value
   * is taken out of it when it closes.
   */
  readonly #frames: Frame[] = [];
  #depth = 0;
  readonly #maxDepth: number;
  /** The innermost open element (the stack's last). */
  #top: Frame | undefined;
  #result: { value: JsonValue } | undefined;

  constructor(options: RailsXmlDecodeOptions = {}) {
    this.#maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.#parser = new SaxesParser({ xmlns: false, position: true });
    this.#parser.on("error", (error) => {
      throw new DecodeError("xml", `Malformed XML: ${error.message}`, { cause: error });
    });
    this.#parser.on("doctype", () => {
      throw new DecodeError("xml", "Refused XML with a DOCTYPE (entity definitions are not allowed)");
    });
    this.#parser.on("opentag", (tag) => this.#open(tag as SaxesTagPlain));
    this.#parser.on("text", (text) => this.#text(text));
    this.#parser.on("cdata", (text) => this.#text(text));
    this.#parser.on("closetag", () => this.#close());
  }

  /** Feeds the next chunk of the document. */
  write(chunk: string): this {
    this.#parser.write(chunk);
    return this;
  }

  /** Ends the document and returns its value; throws {@link DecodeError} when it is incomplete. */
  close(): JsonValue {
    this.#parser.close();
    if (!this.#result) throw new DecodeError("xml", "XML document has no root element");
    return this.#result.value;
  }

  #open(tag: SaxesTagPlain): void {
    if (this.#depth >= this.#maxDepth) {
      throw new DecodeError("xml", `XML nesting deeper than ${this.#maxDepth} levels`);
    }
    const { type, nil, on } = tag.attributes;
    const isArray = type === "array";
    let frame = this.#frames[this.#depth];
    if (frame === undefined) {
      frame = {
        name: "",
        type,
        nil: false,
        on,
        text: "",
        record: undefined,
        items: undefined,
        itemKeys: undefined,
        repeated: undefined,
      };
      this.#frames.push(frame);
    }
    frame.name = tag.name;
    frame.type = type;
    frame.nil = nil === "true";
    frame.on = on;
    frame.text = "";
    frame.record = undefined;
    frame.items = isArray ? [] : undefined;
    frame.itemKeys = isArray && this.#depth === 0 ? [] : undefined;
    frame.repeated = undefined;
    this.#depth++;
    this.#top = frame;
  }

  #text(text: string): void {
    if (this.#top) this.#top.text += text;
  }

  #close(): void {
    if (this.#depth === 0) return;
    const frame = this.#frames[--this.#depth] as Frame;
    const parent = this.#depth > 0 ? this.#frames[this.#depth - 1] : undefined;
    this.#top = parent;
    const key = keyOf(frame.name);
    if (parent) {
      addChild(parent, key, decodedValueOf(frame));
      return;
    }
    if (frame.type === "array" && !frame.nil) {
      const keys = frame.itemKeys ?? [];
      this.#result = { value: (frame.items ?? []).map((value, i) => recordOf(keys[i] as string, value)) };
    } else {
      // A root element is always a resource: empty means an empty record (mite's `<tracker></tracker>`
      // is `{"tracker": {}}` in JSON), not an empty string.
      const isEmptyRecord = !frame.nil && frame.type === undefined && frame.record === undefined && !frame.text.trim();
      this.#result = { value: recordOf(key, isEmptyRecord ? {} : decodedValueOf(frame)) };
    }
  }
}

/**
 * Rails dasherizes element names. A document repeats a few names many times, so their keys are cached
 * (the replace was a tenth of the decoder's time); the cache is bounded, so a document of endless new
 * names cannot grow it.
 */
const KEYS = /* @__PURE__ */ new Map<string, string>();
const MAX_CACHED_KEYS = 512;

function keyOf(name: string): string {
  if (!name.includes("-")) return name;
  let key = KEYS.get(name);
  if (key === undefined) {
    key = elementNameToKey(name);
    if (KEYS.size < MAX_CACHED_KEYS) KEYS.set(name, key);
  }
  return key;
}

/** Adds a closed child to its parent: an array item, or a record entry (repeated names become an array). */
function addChild(parent: Frame, key: string, value: JsonValue): void {
  if (parent.items) {
    parent.items.push(value);
    parent.itemKeys?.push(key);
    return;
  }
  if (parent.record === undefined) {
    parent.record = {};
    setOwn(parent.record, key, value);
    return;
  }
  const record = parent.record;
  if (!Object.hasOwn(record, key)) {
    setOwn(record, key, value);
  } else if (parent.repeated?.has(key)) {
    (record[key] as JsonValue[]).push(value);
  } else {
    // As Rails' `Hash.from_xml`: a name that repeats becomes an array of its values.
    parent.repeated ??= new Set();
    parent.repeated.add(key);
    setOwn(record, key, [record[key] as JsonValue, value]);
  }
}

function decodedValueOf(frame: Frame): JsonValue {
  if (frame.nil) return null;
  if (frame.type === "array") return frame.items ?? [];
  if (frame.record !== undefined) return frame.record;
  const text = frame.text;
  // A validation error naming its attribute: <error on="name">can't be blank</error>.
  if (frame.on !== undefined && frame.type === undefined) return { on: frame.on, message: text };
  switch (frame.type) {
    case undefined:
      return text;
    case "integer":
      return parseNumber(frame, text.trim(), INTEGER);
    case "float":
    case "decimal":
      return parseNumber(frame, text.trim(), FLOAT);
    case "boolean":
      return parseBoolean(frame, text.trim());
    case "date":
    case "datetime":
      return text.trim();
    default:
      return text;
  }
}

function parseNumber(frame: Frame, text: string, pattern: RegExp): JsonValue {
  if (text === "") return null;
  if (!pattern.test(text)) {
    throw new DecodeError("xml", `<${frame.name} type="${frame.type}"> holds "${text.slice(0, 40)}", not a number`);
  }
  return Number(text);
}

function parseBoolean(frame: Frame, text: string): JsonValue {
  if (text === "true" || text === "1") return true;
  if (text === "false" || text === "0") return false;
  if (text === "") return null;
  throw new DecodeError("xml", `<${frame.name} type="boolean"> holds "${text.slice(0, 40)}", not a boolean`);
}

function recordOf(key: string, value: JsonValue): { [key: string]: JsonValue } {
  const record: { [key: string]: JsonValue } = {};
  setOwn(record, key, value);
  return record;
}

/**
 * Assigns without ever touching the prototype. Plain assignment is safe for every key but `__proto__`
 * (whose setter would replace the prototype), which alone takes the slower `defineProperty`; the result
 * stays an ordinary object. A property per `defineProperty` was the largest cost of the decoder (pnpm bench).
 */
function setOwn(object: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/**
 * Decodes a complete Rails XML document. Throws {@link DecodeError} on malformed or refused input.
 *
 * @example
 * decodeRailsXml('<customer><id type="integer">1</id><name>Big Inc.</name><archived type="boolean">false</archived></customer>');
 * // { customer: { id: 1, name: "Big Inc.", archived: false } }
 */
export function decodeRailsXml(xml: string, options?: RailsXmlDecodeOptions): JsonValue {
  return new RailsXmlDecoder(options).write(xml).close();
}

/**
 * Decodes Rails XML while it streams in (for example `response.body`), so a large list is never held
 * twice as text. Throws {@link DecodeError} on malformed input, invalid UTF-8 or a truncated document.
 *
 * @example
 * const response = await fetch("https://acme.mite.de/projects.xml", { headers: { "X-MiteApiKey": key } });
 * const projects = await decodeRailsXmlStream(response.body!); // [{ project: { id: 1, name: "Web", ... } }, ...]
 */
export async function decodeRailsXmlStream(
  stream: ReadableStream<Uint8Array>,
  options?: RailsXmlDecodeOptions,
): Promise<JsonValue> {
  const value = await decodeOptionalRailsXmlStream(stream, options);
  if (value === undefined) throw new DecodeError("xml", "XML body is empty");
  return value;
}

/** Like {@link decodeRailsXmlStream}, but an empty (or all-whitespace) body gives `undefined`. */
export async function decodeOptionalRailsXmlStream(
  stream: ReadableStream<Uint8Array>,
  options?: RailsXmlDecodeOptions,
): Promise<JsonValue | undefined> {
  const decoder = new RailsXmlDecoder(options);
  let empty = true;
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decodeUtf8(utf8, value, true);
      if (empty && text.trim() === "") continue;
      empty = false;
      decoder.write(text);
    }
    const rest = decodeUtf8(utf8, undefined, false);
    if (empty && rest.trim() === "") return undefined;
    decoder.write(rest);
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
  return decoder.close();
}

function decodeUtf8(utf8: TextDecoder, chunk: Uint8Array | undefined, stream: boolean): string {
  try {
    return utf8.decode(chunk, { stream });
  } catch (error) {
    throw new DecodeError("xml", "XML body is not valid UTF-8", { cause: error });
  }
}
