/** An OpenAPI operation as listed by {@link listOperations}. */
export interface ListedOperation {
  method: string;
  path: string;
  operationId: string;
  // biome-ignore lint/suspicious/noExplicitAny: raw OpenAPI objects
  operation: Record<string, any>;
  // biome-ignore lint/suspicious/noExplicitAny: raw OpenAPI objects
  pathItem: Record<string, any>;
}
// biome-ignore lint/suspicious/noExplicitAny: raw OpenAPI objects
export function loadBundledSpec(specPath: string, options?: { alias?: string }): Promise<Record<string, any>>;
export const HTTP_METHODS: readonly string[];
// biome-ignore lint/suspicious/noExplicitAny: raw OpenAPI objects
export function listOperations(spec: Record<string, any>): ListedOperation[];
