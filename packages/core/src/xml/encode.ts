import { keyToElementName, pluralize, singularize } from "./names.js";

/** Options of the Rails XML encoder. */
export interface RailsXmlEncodeOptions {
  /**
   * Element names of array items by the array's key, for names Rails' inflector would not guess
   * (mite writes `hourly_rates_per_service` items as `hourly-rate-per-service`). Default: the singular.
   */
  arrayItemNames?: Readonly<Record<string, string>>;
  /** Root element of a list when it is empty (`"customers"`); a non-empty list is named after its items. */
  listName?: string;
  /** Start with `<?xml version="1.0" encoding="UTF-8"?>` (default true). */
  declaration?: boolean;
}

/** A value the encoder accepts: the JSON data model (undefined properties are left out). */
export type EncodableValue =
  | null
  | undefined
  | boolean
  | number
  | string
  | readonly EncodableValue[]
  | { readonly [key: string]: EncodableValue };

/** Characters XML 1.0 cannot carry at all (controls other than tab/newline/CR, lone surrogates, U+FFFE/F). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;" };

/**
 * Encodes a root-wrapped value as Rails XML, the way Rails' `to_xml` (and mite's own Ruby client) writes it:
 * `{ customer: { name: "Big Inc.", archived: true } }` becomes
 * `<customer><name>Big Inc.</name><archived type="boolean">true</archived></customer>`.
 * Non-strings get a `type` attribute and null is `nil="true"`, so the server never has to guess.
 * A list (`[{ customer: {...} }, ...]`) becomes `<customers type="array">`.
 *
 * @throws TypeError for values XML cannot represent (non-finite numbers, functions, control characters).
 *
 * @example
 * encodeRailsXml({ customer: { name: "Big Inc.", archived: true } }, { declaration: false });
 * // '<customer><name>Big Inc.</name><archived type="boolean">true</archived></customer>'
 */
export function encodeRailsXml(value: EncodableValue, options: RailsXmlEncodeOptions = {}): string {
  const parts: string[] = [];
  if (options.declaration !== false) parts.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  const encoder = new Encoder(parts, options.arrayItemNames ?? {});
  if (Array.isArray(value)) {
    if (value.length === 0 && options.listName) {
      encoder.element(options.listName, [], singularize(options.listName));
      return parts.join("");
    }
    const itemKey = value.length > 0 ? rootKeyOf(value[0]) : undefined;
    if (!itemKey)
      throw new TypeError("An XML list needs the listName option or at least one { name: value } item to name its root");
    const items = value.map((item: EncodableValue) => {
      if (rootKeyOf(item) !== itemKey) throw new TypeError(`Every list item must be wrapped in "${itemKey}"`);
      return (item as Record<string, EncodableValue>)[itemKey];
    });
    encoder.element(pluralize(itemKey), items, itemKey);
  } else {
    const key = rootKeyOf(value);
    if (!key) throw new TypeError("Rails XML needs exactly one root: { resource: { ... } }");
    encoder.element(key, (value as Record<string, EncodableValue>)[key]);
  }
  return parts.join("");
}

function rootKeyOf(value: EncodableValue): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const keys = Object.keys(value).filter((key) => (value as Record<string, EncodableValue>)[key] !== undefined);
  return keys.length === 1 ? keys[0] : undefined;
}

class Encoder {
  constructor(
    private readonly parts: string[],
    private readonly itemNames: Readonly<Record<string, string>>,
  ) {}

  element(key: string, given: EncodableValue, itemKey?: string): void {
    // As JSON.stringify does, so both formats send the same body: a Date goes as its ISO string.
    const value: EncodableValue = hasToJson(given) ? given.toJSON(key) : given;
    if (value === undefined) return;
    const name = elementName(key);
    if (value === null) {
      this.parts.push(`<${name} nil="true"/>`);
    } else if (typeof value === "string") {
      // Rails reads an empty element without a type as null: an empty string says it is one.
      this.parts.push(value === "" ? `<${name} type="string"></${name}>` : `<${name}>${escapeText(value, key)}</${name}>`);
    } else if (typeof value === "boolean") {
      this.parts.push(`<${name} type="boolean">${value}</${name}>`);
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new TypeError(`"${key}" is ${value}, which XML cannot represent`);
      const type = Number.isInteger(value) ? "integer" : "float";
      this.parts.push(`<${name} type="${type}">${value}</${name}>`);
    } else if (Array.isArray(value)) {
      const child = itemKey ?? this.itemNames[key] ?? singularize(key);
      this.parts.push(`<${name} type="array">`);
      for (const item of value) {
        if (item === undefined) throw new TypeError(`"${key}" contains undefined, which XML cannot represent`);
        this.element(child, item);
      }
      this.parts.push(`</${name}>`);
    } else if (typeof value === "object") {
      // A Map, a Set, a RegExp has no own keys to write: it would go as an empty element, as `{}` in JSON.
      const tag = Object.prototype.toString.call(value);
      if (tag !== "[object Object]") throw new TypeError(`"${key}" is ${tag.slice(8, -1)}, which XML cannot represent`);
      this.parts.push(`<${name}>`);
      for (const [childKey, childValue] of Object.entries(value)) this.element(childKey, childValue);
      this.parts.push(`</${name}>`);
    } else {
      throw new TypeError(`"${key}" is a ${typeof value}, which XML cannot represent`);
    }
  }
}

function hasToJson(value: unknown): value is { toJSON(key: string): EncodableValue } {
  return value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON === "function";
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function elementName(key: string): string {
  const name = keyToElementName(key);
  if (!NAME.test(name) || /^xml/i.test(name)) throw new TypeError(`"${key}" is not usable as an XML element name`);
  return name;
}

function escapeText(text: string, key: string): string {
  if (NOT_XML_CHAR.test(text)) throw new TypeError(`"${key}" contains a character XML 1.0 cannot represent`);
  return text.replace(/[&<>"\r]/g, (char) => ESCAPES[char] ?? char);
}
