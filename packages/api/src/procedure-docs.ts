import type { AnyTRPCRouter } from '@trpc/server';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withGeneratedPart } from './generated-markdown';
import { procedureTable } from './procedure-table';

/** docs/api.md, whose procedure table is generated. */
export const API_DOCS_PATH = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));

const MARKERS = {
  start:
    '<!-- procedures: generated from the declarations in packages/api/src/router by `npm run docs:api` -->',
  end: '<!-- end of the generated procedures -->',
};

/** docs/api.md with its procedure table regenerated from the router, formatted as Prettier does. */
export function withProcedureTable(markdown: string, router: AnyTRPCRouter): Promise<string> {
  return withGeneratedPart(markdown, MARKERS, procedureTable(router), API_DOCS_PATH);
}

/** What docs/api.md should hold now; `npm run docs:api` writes it. */
export async function expectedApiDocs(router: AnyTRPCRouter): Promise<string> {
  return withProcedureTable(await readFile(API_DOCS_PATH, 'utf8'), router);
}
