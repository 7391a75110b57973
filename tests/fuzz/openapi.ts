/**
 * The operations of the served OpenAPI document, in the shape the fuzz generators need: method,
 * path template, parameters and request body schema with every `$ref` resolved, and the route's
 * access rule (the `x-ayni-access` extension), so requests can carry a token that passes the guard.
 */

/** The part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that the document produced by zod uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
  default?: unknown;
  description?: string;
  $ref?: string;
}

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly schema: JsonSchema;
}

export type OperationAccess = { readonly kind: 'public' } | { readonly kind: 'roles'; readonly roles: readonly string[]; readonly orgParam?: string };

export interface Operation {
  /** `POST /v1/orders/{orderId}/{action}`: how reports name the route. */
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly tags: readonly string[];
  readonly access: OperationAccess;
  readonly parameters: readonly Parameter[];
  readonly body?: { readonly required: boolean; readonly schema: JsonSchema };
  /** Content types of the success responses (JSON, HTML, SVG, PNG, none for redirects). */
  readonly successTypes: readonly string[];
}

type OpenApiDocument = {
  paths: Record<string, Record<string, any>>;
  components?: { schemas?: Record<string, JsonSchema>; parameters?: Record<string, any> };
};

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Resolves local `$ref`s; a schema that refers to itself is cut at the repetition (any value). */
function resolver(document: OpenApiDocument) {
  const lookup = (ref: string): unknown => {
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    let node: any = document;
    for (const part of ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
    return node;
  };
  const resolve = (node: unknown, seen: readonly string[] = []): any => {
    if (Array.isArray(node)) return node.map((item) => resolve(item, seen));
    if (!node || typeof node !== 'object') return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') return seen.includes(ref) ? {} : resolve(lookup(ref), [...seen, ref]);
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, seen)]));
  };
  return resolve;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = resolver(document);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters: Parameter[] = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((raw: unknown) => {
        const p = resolve(raw);
        return { name: p.name, in: p.in, required: p.required === true || p.in === 'path', schema: p.schema ?? {} };
      });
      const json = operation.requestBody?.content?.['application/json'];
      const successTypes = Object.entries(operation.responses ?? {})
        .filter(([status]) => /^[23]/.test(status))
        .flatMap(([, response]: [string, any]) => Object.keys(resolve(response)?.content ?? {}));
      operations.push({
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        tags: operation.tags ?? [],
        access: operation['x-ayni-access'] ?? { kind: 'public' },
        parameters,
        ...(json ? { body: { required: operation.requestBody.required === true, schema: resolve(json.schema ?? {}) } } : {}),
        successTypes,
      });
    }
  }
  return operations;
}

/** Routes that take a body: every POST, PUT and PATCH. */
export function isWriteRoute(operation: Operation): boolean {
  return operation.method !== 'GET' && operation.method !== 'HEAD';
}
