/** Rails dasherizes element names: `hourly-rate` <-> `hourly_rate`. */
export function elementNameToKey(name: string): string {
  return name.replaceAll("-", "_");
}

/** The element name Rails writes for a snake_case key. */
export function keyToElementName(key: string): string {
  return key.replaceAll("_", "-");
}

/** The singular form Rails uses for array items (`customers` -> `customer`, `time_entries` -> `time_entry`). */
export function singularize(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The plural form Rails uses for a list root (`customer` -> `customers`, `time_entry` -> `time_entries`). */
export function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
