/** `npm run docs:openapi`: regenerates the contract's TypeScript types (openapi-paths.ts). */
import { writeFile } from 'node:fs/promises';
import { expectedOpenApiTypes, OPENAPI_TYPES_PATH } from './openapi-types';

await writeFile(OPENAPI_TYPES_PATH, await expectedOpenApiTypes());
