/** `npm run docs:api`: regenerates the procedure table of docs/api.md from the routers. */
import { writeFile } from 'node:fs/promises';
import { API_DOCS_PATH, expectedApiDocs } from './procedure-docs';
import { appRouter } from './root';

await writeFile(API_DOCS_PATH, await expectedApiDocs(appRouter));
