// Loads a multi-file spec as one document: the same bundling Redocly does for lint and docs, so the
// generator, the contract harness and the docs all read the spec the same way.
import { dirname, resolve } from "node:path";
import { bundle, loadConfig } from "@redocly/openapi-core";

const REDOCLY_CONFIG = resolve(import.meta.dirname, "../../redocly.yaml");

/**
 * Bundles the spec at `specPath` into one object with internal `$ref`s only (`#/components/...`), applying
 * the decorators that `redocly.yaml` configures for the API whose `root` it is (e.g. `x-since` into the
 * description), so the generator, the contract harness and the docs read the same document.
 * @param {string} specPath absolute path of the root `openapi.yaml`
 * @param {{ alias?: string }} [options] `alias`: bundle as this API of redocly.yaml (default: the first whose root it is)
 * @returns {Promise<Record<string, any>>}
 */
export async function loadBundledSpec(specPath, options = {}) {
  const rootConfig = await loadConfig({ configPath: REDOCLY_CONFIG });
  const configDir = dirname(REDOCLY_CONFIG);
  const alias =
    options.alias ??
    Object.entries(rootConfig.resolvedConfig.apis ?? {}).find(
      ([, api]) => resolve(configDir, api.root) === resolve(specPath),
    )?.[0];
  const config = alias ? rootConfig.forAlias(alias) : rootConfig;
  const result = await bundle({ ref: specPath, config, dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    throw new Error(`Cannot bundle ${specPath}: ${errors.map((problem) => problem.message).join("; ")}`);
  }
  return result.bundle.parsed;
}

/** HTTP methods an OpenAPI path item can hold. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Lists every operation of a bundled spec.
 * @param {Record<string, any>} spec
 * @returns {{ method: string, path: string, operationId: string, operation: Record<string, any>, pathItem: Record<string, any> }[]}
 */
export function listOperations(spec) {
  const operations = [];
  // The clients name operations by their operationId at run time (errors, logs, operationsWithoutBody).
  const seen = new Map();
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (!operation.operationId) throw new Error(`${where} has no operationId`);
      if (seen.has(operation.operationId)) {
        throw new Error(`${where} has the operationId ${operation.operationId} of ${seen.get(operation.operationId)}`);
      }
      seen.set(operation.operationId, where);
      operations.push({ method: method.toUpperCase(), path, operationId: operation.operationId, operation, pathItem });
    }
  }
  return operations;
}
