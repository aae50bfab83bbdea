/** Builds `name/version (node 20.20.0) extra`: the library, its version and the runtime. */
export function userAgentString(library: { name: string; version: string }, extra?: string): string {
  const runtime = typeof process === "object" && process.versions?.node ? ` (node ${process.versions.node})` : "";
  return `${library.name}/${library.version}${runtime}${extra ? ` ${extra}` : ""}`;
}
