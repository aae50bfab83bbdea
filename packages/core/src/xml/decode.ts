import { type SaxesAttributePlain, SaxesParser, type SaxesTagPlain } from "saxes";
import { DecodeError, wholeForMessage } from "../errors/punchclock-error.js";
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
  /** The items of a root array are the `{ item_name: value }` wrappers of mite's JSON lists. */
  wrapItems: boolean;
  /** Keys that occurred more than once in `record`, whose value is the array of their values. */
  repeated: Set<string> | undefined;
  /**
   * The children (names and their keys, all distinct) of the last record at this depth in this document.
   * Records in a list are alike: a child named as predicted needs no key conversion and no check for a
   * repeated name (pnpm bench: 7%).
   */
  shape: Shape;
  /** How many children of `record` followed `shape` so far; -1 once they parted from it. */
  matched: number;
  /** The children of `record` once they parted from `shape`, to be the next shape; undefined if unusable. */
  own: Shape | undefined;
}

interface Shape {
  names: string[];
  keys: string[];
}

const NO_SHAPE: Shape = { names: [], keys: [] };
/** The most children a shape lists (a record with more is decoded the general way). */
const MAX_SHAPE = 256;

const DEFAULT_MAX_DEPTH = 64;
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A document every new engine decodes first. saxes stores each attribute with `attributes[name] = value`,
 * `name` a string fresh from the document; while that store has seen only one name (`type`: lists without
 * a `nil`), V8's inline cache misses on every single store, since it compares names by identity (pnpm bench:
 * a third of saxes' time on mite's customer list). Once the store has seen several names, V8 looks them up
 * instead. Dozens of attributes come first because V8 records nothing for a function's first few calls.
 */
const PRIMER = `<p>${'<i type="integer">1</i>'.repeat(32)}<i nil="true"/><i on="x">y</i></p>`;

/**
 * A saxes parser with the state of the document it decodes. An engine serves one document after another
 * (see {@link spareEngine}); saxes calls the handlers below without a receiver of ours, so the engine whose
 * parser is running is {@link active}.
 */
class Engine {
  readonly parser = new SaxesParser({ xmlns: false, position: true });
  /**
   * The open elements, outermost first: `frames[0..depth)`. Frames are reused by depth (a document of
   * 10,000 records opens 190,000 elements, whose frames were a good part of the garbage), so a frame's value
   * is taken out of it when it closes.
   */
  readonly frames: Frame[] = [];
  depth = 0;
  maxDepth = DEFAULT_MAX_DEPTH;
  /** The innermost open element (`frames[depth - 1]`). */
  top: Frame | undefined = undefined;
  /** The attributes Rails gives a meaning to, of the element being opened (saxes reports them first). */
  type: string | undefined = undefined;
  nil = false;
  on: string | undefined = undefined;
  done = false;
  result: JsonValue = null;
  /**
   * The root tag of {@link PRIMER}, kept so that the hidden class of saxes' tags outlives every document:
   * when the last tag dies, V8 drops the class and deoptimises the functions of saxes compiled against it
   * (pnpm bench: 5%). The primer's tag holds nothing of a real document.
   */
  primerTag: SaxesTagPlain | undefined = undefined;

  constructor() {
    const parser = this.parser;
    // `opentag`, `text` and `closetag` first, the handlers most users of saxes set, in that order. V8 builds a
    // parser's hidden class handler by handler, so the class of a parser with just those three is then an
    // ancestor of this one's, kept alive by it. Otherwise another user's parsers (pnpm bench's bare saxes
    // row) have a class of their own, which the garbage collector drops whenever they die, deoptimising the
    // saxes code this parser runs too (pnpm bench: a fifth of the decoder's speed).
    parser.on("opentag", onOpenTag);
    parser.on("text", onText);
    parser.on("closetag", onCloseTag);
    parser.on("cdata", onText);
    parser.on("attribute", onAttribute);
    parser.on("doctype", onDoctype);
    parser.on("error", onError);
    this.feed(PRIMER);
    this.feed(null);
  }

  /** Runs the parser on a chunk (`null`: the end of the document) with this engine's handlers. */
  feed(chunk: string | null): void {
    const previous = active;
    active = this;
    try {
      if (chunk === null) this.parser.close();
      else this.parser.write(chunk);
    } finally {
      active = previous;
    }
  }

  /**
   * Readies the engine for the next document; saxes resets itself when a document ends. What an engine
   * keeps must not keep the last document alive: its values, and the names and texts V8 cut out of it as
   * slices (one slice keeps the whole document).
   */
  reset(maxDepth: number): void {
    this.maxDepth = maxDepth;
    this.depth = 0;
    this.top = undefined;
    this.type = this.on = undefined;
    this.nil = false;
    this.done = false;
    this.result = null;
    for (const frame of this.frames) {
      frame.name = frame.text = "";
      frame.type = frame.on = undefined;
      frame.record = frame.items = undefined;
      frame.repeated = undefined;
      frame.shape = NO_SHAPE;
      frame.own = undefined;
    }
  }
}

/** The engine whose parser is running. */
let active: Engine | undefined;

/**
 * An engine whose document ended, for the next one. Besides saving a parser and the primer per document,
 * this keeps V8's optimised code for saxes and the handlers valid: when the last parser dies, the garbage
 * collector drops its hidden class, and every function compiled against it is deoptimised and learns again
 * (pnpm bench: a third of the speed, for documents decoded one after another with collections in between).
 */
let spareEngine: Engine | undefined;

function onError(error: Error): never {
  throw new DecodeError("xml", `Malformed XML: ${error.message}`, { cause: error });
}

function onDoctype(): never {
  throw new DecodeError("xml", "Refused XML with a DOCTYPE (entity definitions are not allowed)");
}

/** Collects the attributes that mean something (saxes reports them before their `opentag`). */
function onAttribute(attribute: SaxesAttributePlain): void {
  const engine = active!;
  switch (attribute.name) {
    case "type":
      engine.type = attribute.value;
      break;
    case "nil":
      engine.nil = attribute.value === "true";
      break;
    case "on":
      engine.on = attribute.value;
      break;
  }
}

function onOpenTag(tag: SaxesTagPlain): void {
  const engine = active!;
  const depth = engine.depth;
  if (depth >= engine.maxDepth) throw new DecodeError("xml", `XML nesting deeper than ${engine.maxDepth} levels`);
  if (depth === 0) engine.primerTag ??= tag;
  const type = engine.type;
  const isArray = type === "array";
  let frame = engine.frames[depth];
  if (frame === undefined) {
    frame = {
      name: "",
      type: undefined,
      nil: false,
      on: undefined,
      text: "",
      record: undefined,
      items: undefined,
      wrapItems: false,
      repeated: undefined,
      shape: NO_SHAPE,
      matched: 0,
      own: undefined,
    };
    engine.frames.push(frame);
  }
  frame.name = tag.name;
  frame.type = type;
  frame.nil = engine.nil;
  frame.on = engine.on;
  frame.text = "";
  frame.record = undefined;
  frame.items = isArray ? [] : undefined;
  frame.wrapItems = isArray && depth === 0;
  frame.repeated = undefined;
  frame.matched = 0;
  frame.own = undefined;
  engine.type = engine.on = undefined;
  engine.nil = false;
  engine.depth = depth + 1;
  engine.top = frame;
}

function onText(text: string): void {
  const top = active!.top;
  if (top === undefined) return;
  if (top.record === undefined && top.items === undefined) top.text += text;
  // The text between the children of an element (mite's indentation) is no part of its value; any other is
  // mixed content (`<name>Big <b>Inc</b></name>`), which Rails never writes and no value could keep whole.
  else if (hasContent(text)) throw mixedContent(top);
}

/** Whether `text` is more than XML's whitespace (a loop: a regular expression costs more on indentation). */
function hasContent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return true;
  }
  return false;
}

function mixedContent(frame: Frame): DecodeError {
  return new DecodeError("xml", `<${frame.name}> mixes text with child elements, which no value can hold`);
}

function onCloseTag(): void {
  const engine = active!;
  if (engine.depth === 0) return;
  const depth = --engine.depth;
  const frame = engine.frames[depth]!;
  // A record whose children parted from the shape gives the next record at this depth its shape.
  if (frame.matched < 0 && frame.own !== undefined) frame.shape = frame.own;
  if (depth > 0) {
    const parent = engine.frames[depth - 1]!;
    // The first child of an element that had text before it (the text after it is caught in onText).
    if (parent.record === undefined && parent.items === undefined && hasContent(parent.text)) {
      throw mixedContent(parent);
    }
    engine.top = parent;
    const value = decodedValueOf(frame);
    if (parent.items) parent.items.push(parent.wrapItems ? recordOf(keyOf(frame.name), value) : value);
    else addEntry(parent, frame.name, value);
    return;
  }
  engine.top = undefined;
  engine.done = true;
  if (frame.type === "array" && !frame.nil) {
    engine.result = frame.items!;
  } else {
    // A root element is always a resource: empty means an empty record (mite's `<tracker></tracker>`
    // is `{"tracker": {}}` in JSON), not an empty string.
    const isEmptyRecord = !frame.nil && frame.type === undefined && frame.record === undefined && !frame.text.trim();
    engine.result = recordOf(keyOf(frame.name), isEmptyRecord ? {} : decodedValueOf(frame));
  }
}

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
  /** Undefined once the document is closed: the engine may be decoding another one by then. */
  #engine: Engine | undefined;

  constructor(options: RailsXmlDecodeOptions = {}) {
    const engine = spareEngine ?? new Engine();
    spareEngine = undefined;
    engine.reset(options.maxDepth ?? DEFAULT_MAX_DEPTH);
    this.#engine = engine;
  }

  /** Feeds the next chunk of the document. */
  write(chunk: string): this {
    this.#running().feed(chunk);
    return this;
  }

  /** Ends the document and returns its value; throws {@link DecodeError} when it is incomplete. */
  close(): JsonValue {
    const engine = this.#running();
    engine.feed(null);
    this.#engine = undefined;
    if (!engine.done) throw new DecodeError("xml", "XML document has no root element");
    const result = engine.result;
    // Only an engine whose document ended well goes back: saxes has reset itself then, and after an error
    // its state is anyone's guess.
    engine.reset(DEFAULT_MAX_DEPTH);
    spareEngine = engine;
    return result;
  }

  #running(): Engine {
    if (this.#engine === undefined) throw new DecodeError("xml", "XML document is closed already");
    return this.#engine;
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
    key = detached(elementNameToKey(name));
    if (KEYS.size < MAX_CACHED_KEYS) KEYS.set(detached(name), key);
  }
  return key;
}

/**
 * A copy of a string cut out of a document, for keeping: V8 cuts strings out of a long one as slices that
 * keep all of it alive, so a cached name would hold on to the whole document it came from.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Adds a closed child to its parent's record (a repeated name becomes an array of its values). */
function addEntry(parent: Frame, name: string, value: JsonValue): void {
  const matched = parent.matched;
  if (matched >= 0) {
    const shape = parent.shape;
    if (matched < shape.names.length && shape.names[matched] === name) {
      // The record holds exactly the shape's first `matched` keys, all distinct from this one (and none is
      // `__proto__`), so plain assignment adds it.
      parent.matched = matched + 1;
      if (matched === 0) parent.record = {};
      parent.record![shape.keys[matched]!] = value;
      return;
    }
    // Parted from the shape: so far, the record holds the shape's first `matched` children.
    parent.matched = -1;
    parent.own = { names: shape.names.slice(0, matched), keys: shape.keys.slice(0, matched) };
  }
  const key = keyOf(name);
  parent.record ??= {};
  const record = parent.record;
  if (!Object.hasOwn(record, key)) {
    setOwn(record, key, value);
    const own = parent.own;
    if (own === undefined) return;
    // A shape lists each key once (it is new here), and never `__proto__`, which plain assignment would not add.
    if (key === "__proto__" || own.names.length >= MAX_SHAPE) {
      parent.own = undefined;
    } else {
      own.names.push(name);
      own.keys.push(key);
    }
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
      return parseInteger(frame, text);
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

/**
 * An integer: plain digits (all of mite's) are added up as they are read, which is several times faster than
 * a pattern test and `Number`; anything else (a sign, spaces around it, more than 15 digits) goes the long way.
 */
function parseInteger(frame: Frame, text: string): JsonValue {
  const length = text.length;
  if (length > 0 && length < 16) {
    let value = 0;
    let i = 0;
    for (; i < length; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i === length) return value;
  }
  return parseNumber(frame, text.trim(), INTEGER);
}

function parseNumber(frame: Frame, text: string, pattern: RegExp): JsonValue {
  if (text === "") return null;
  if (!pattern.test(text)) {
    throw new DecodeError("xml", `<${frame.name} type="${frame.type}"> holds ${quoted(text)}, not a number`);
  }
  const value = Number(text);
  // Rounded silently otherwise: an id past 2^53 would name another record, 1e999 would be Infinity.
  if (pattern === INTEGER ? !Number.isSafeInteger(value) : !Number.isFinite(value)) {
    throw new DecodeError(
      "xml",
      `<${frame.name} type="${frame.type}"> holds ${quoted(text)}, which a JavaScript number cannot hold exactly`,
    );
  }
  return value;
}

/** A value for an error message, quoted whole or given as its length (see wholeForMessage). */
function quoted(text: string): string {
  return wholeForMessage(text) === undefined ? `${text.length} characters` : `"${text}"`;
}

function parseBoolean(frame: Frame, text: string): JsonValue {
  if (text === "true" || text === "1") return true;
  if (text === "false" || text === "0") return false;
  if (text === "") return null;
  throw new DecodeError("xml", `<${frame.name} type="boolean"> holds ${quoted(text)}, not a boolean`);
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
  // Made with the first text: an empty body never takes an engine.
  let decoder: RailsXmlDecoder | undefined;
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decodeUtf8(utf8, value, true);
      if (decoder === undefined && text.trim() === "") continue;
      decoder ??= new RailsXmlDecoder(options);
      decoder.write(text);
    }
    const rest = decodeUtf8(utf8, undefined, false);
    if (decoder === undefined && rest.trim() === "") return undefined;
    decoder ??= new RailsXmlDecoder(options);
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
