import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenAPIObject } from 'trpc-to-openapi';

/** One answer a test received, as the contract is checked against it. */
export interface ContractCall {
  method: string;
  /** The whole URL asked for; only its path picks the operation. */
  url: string;
  status: number;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
  headers?: Headers;
}

interface ResponseLike {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: { $ref?: string } }>;
}

interface Operation {
  id: string;
  responses: Record<string, ResponseLike>;
}

interface Route {
  method: string;
  pattern: RegExp;
  /** Literal paths first, as the server's router prefers them. */
  params: number;
  operation: Operation;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function routesOf(document: OpenAPIObject): Route[] {
  const routes = Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const params = (path.match(/\{\w+\}/g) ?? []).length;
    const source = path
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
      .join('');
    return METHODS.flatMap((method) => {
      const operation = (item as Record<string, { operationId?: string; responses?: object }>)[
        method
      ];
      if (!operation) return [];
      const id = operation.operationId ?? `${method} ${path}`;
      const responses = (operation.responses ?? {}) as Operation['responses'];
      return [{ method, pattern: new RegExp(`^${source}$`), params, operation: { id, responses } }];
    });
  });
  return routes.sort((a, b) => a.params - b.params);
}

/**
 * The contract of an OpenAPI document, as a checker of answers: the status must be one the
 * operation declares, the body must match that response's schema, a `data.reason` must be one
 * it lists, and 429 and 503 must carry the `Retry-After` they declare. Answers to paths that are
 * no operation (tRPC, an unknown provider, /openapi.json) are not its business.
 */
export function createContractChecker(document: OpenAPIObject) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const routes = routesOf(document);
  const components = (document.components?.schemas ?? {}) as Record<string, object>;
  // Response schemas are inline or one `$ref` into components.schemas (the error bodies).
  const resolved = (schema: { $ref?: string } | undefined): object | undefined => {
    const name = schema?.$ref?.replace('#/components/schemas/', '');
    return name === undefined ? schema : components[name];
  };
  const validators = new Map<object, ValidateFunction>();
  const validatorOf = (schema: object) => {
    let validate = validators.get(schema);
    if (!validate) validators.set(schema, (validate = ajv.compile(schema)));
    return validate;
  };

  function operationOf(call: ContractCall): Operation | undefined {
    const path = new URL(call.url).pathname;
    const method = call.method.toLowerCase();
    return routes.find((route) => route.method === method && route.pattern.test(path))?.operation;
  }

  /** What is wrong with an answer; [] when it keeps the contract (or is of no operation). */
  function problemsOf(call: ContractCall): string[] {
    const operation = operationOf(call);
    if (!operation) return [];
    const where = `${operation.id} answered ${call.status}`;
    const response = operation.responses[String(call.status)] ?? operation.responses.default;
    if (!response) {
      const declared = Object.keys(operation.responses).join(', ');
      return [`${where}, which it does not declare (it declares ${declared})`];
    }
    const problems: string[] = [];
    const wantsRetryAfter = response.headers?.['Retry-After'] !== undefined;
    if (wantsRetryAfter && call.headers && !call.headers.get('retry-after')) {
      problems.push(`${where} without its Retry-After header`);
    }
    const schema = resolved(response.content?.['application/json']?.schema);
    if (!schema) return problems;
    const validate = validatorOf(schema);
    if (!validate(call.body)) {
      const errors = ajv.errorsText(validate.errors, { dataVar: 'body' });
      problems.push(`${where} with a body its schema refuses: ${errors}`);
    }
    return problems;
  }

  return { problemsOf, operationOf };
}

export type ContractChecker = ReturnType<typeof createContractChecker>;

const checkers = new Map<string, ContractChecker>();

/**
 * The checker of the document a server serves at /openapi.json, asked once per origin; none for
 * an origin that serves no document (a mock provider) or no longer answers (a stopped server).
 */
async function checkerOfServer(url: string): Promise<ContractChecker | undefined> {
  const { origin } = new URL(url);
  const known = checkers.get(origin);
  if (known) return known;
  const response = await fetch(`${origin}/openapi.json`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const checker = createContractChecker((await response.json()) as OpenAPIObject);
  checkers.set(origin, checker);
  return checker;
}

/**
 * Forgets what the server at `url` served: the test helpers call it when a server starts, as a
 * port may be reused by a server configured otherwise (test files share one module graph).
 */
export function forgetContractOf(url: string): void {
  checkers.delete(new URL(url).origin);
}

/**
 * Throws, naming the problems, when an answer breaks the contract the server itself serves at
 * /openapi.json; the REST helpers of the tests send every answer through it.
 */
export async function expectKeepsContract(call: ContractCall): Promise<void> {
  const checker = await checkerOfServer(call.url);
  const problems = checker?.problemsOf(call) ?? [];
  if (problems.length > 0) {
    // Fuzzed paths can be kilobytes long: the operation id names the route well enough.
    const path = new URL(call.url).pathname.slice(0, 80);
    throw new Error(`${call.method} ${path}: ${problems.join('; ')}`);
  }
}
