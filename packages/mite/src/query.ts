import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";

/**
 * openapi-fetch `querySerializer` for mite (Rails): an array goes over the wire comma-separated
 * (`project_id=3,4`, `group_by=project,month`, the spec's `style: form, explode: false`), except under a
 * name ending in `[]`, which Rails reads as a list only when repeated (`note[]=a&note[]=b`). Everything else
 * is serialized as openapi-fetch does by default; `undefined`, `null` and empty arrays are left out.
 *
 * @example
 * miteQuerySerializer({ project_id: [3, 4], group_by: ["project", "month"], at: "this_week" });
 * // "project_id=3,4&group_by=project,month&at=this_week"
 * miteQuerySerializer({ "note[]": ["a", "b"] }); // "note[]=a&note[]=b"
 */
export function miteQuerySerializer(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      parts.push(serializeArrayParam(name, value, { style: "form", explode: name.endsWith("[]") }));
    } else if (typeof value === "object") {
      parts.push(serializeObjectParam(name, value as Record<string, unknown>, { style: "deepObject", explode: true }));
    } else {
      parts.push(serializePrimitiveParam(name, value as string));
    }
  }
  return parts.join("&");
}
