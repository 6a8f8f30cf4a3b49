import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { serviceOpenApiDocument } from '../openapi-document';

/** The TypeScript types of the REST contract, that a typed client (openapi-fetch) is built on. */
export const OPENAPI_TYPES_PATH = fileURLToPath(new URL('./openapi-paths.ts', import.meta.url));

const HEADER = [
  '/**',
  ' * The REST contract as TypeScript types, generated from the OpenAPI document by',
  ' * openapi-typescript: `npm run docs:openapi` writes it, and a test fails when it is stale.',
  ' */',
].join('\n');

/** What apps/server/src/testing/openapi-paths.ts should hold now (no provider configured). */
export async function expectedOpenApiTypes(): Promise<string> {
  // The URL is no part of the types; the providers' own routes depend on the configuration.
  const document = serviceOpenApiDocument('https://accounts.dyocense.com', []);
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  const options = await resolveConfig(OPENAPI_TYPES_PATH);
  return format(`${HEADER}\n${astToString(ast)}`, { ...options, filepath: OPENAPI_TYPES_PATH });
}

export function currentOpenApiTypes(): Promise<string> {
  return readFile(OPENAPI_TYPES_PATH, 'utf8').catch(() => '');
}
