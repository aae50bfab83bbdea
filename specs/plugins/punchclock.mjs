// Redocly plugin of the punchclock specs. Decorators run when a spec is bundled: for the generator (so the
// TSDoc of each generated path says it) and for the reference docs.

/**
 * `x-since: "2.57.0"` on an operation -> "Since <product> 2.57.0." at the end of its description, so the
 * release that introduced an operation shows in the reference docs and in the generated TSDoc.
 */
function sinceInDescription({ product = "release" } = {}) {
  return {
    Operation: {
      leave(operation) {
        const since = operation["x-since"];
        if (typeof since !== "string" || since === "") return;
        const note = `Since ${product} ${since}.`;
        const description = (operation.description ?? "").trimEnd();
        if (description.endsWith(note)) return;
        operation.description = description ? `${description}\n\n${note}` : note;
      },
    },
  };
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Drops the tags no operation uses any more: with `remove-x-internal`, a tag of internal routes only
 * (Kimai's Actions, Dashboard) would otherwise stay in the docs' navigation, empty.
 */
function removeEmptyTags() {
  return {
    Root: {
      leave(root) {
        if (!Array.isArray(root.tags)) return;
        const used = new Set();
        for (const pathItem of Object.values(root.paths ?? {})) {
          for (const method of HTTP_METHODS) for (const tag of pathItem?.[method]?.tags ?? []) used.add(tag);
        }
        root.tags = root.tags.filter((tag) => used.has(tag.name));
      },
    },
  };
}

export default function punchclockPlugin() {
  return {
    id: "punchclock",
    decorators: {
      oas3: {
        "since-in-description": sinceInDescription,
        "remove-empty-tags": removeEmptyTags,
      },
    },
  };
}
