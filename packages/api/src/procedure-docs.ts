import type { AnyTRPCRouter } from '@trpc/server';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { procedureTable } from './procedure-table';

/** docs/api.md, whose procedure table is generated. */
export const API_DOCS_PATH = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));

const START =
  '<!-- procedures: generated from the declarations in packages/api/src/router by `npm run docs:api` -->';
const END = '<!-- end of the generated procedures -->';

/** docs/api.md with its procedure table regenerated from the router, formatted as Prettier does. */
export async function withProcedureTable(markdown: string, router: AnyTRPCRouter): Promise<string> {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`docs/api.md has lost its markers:\n${START}\n${END}`);
  }
  const generated = `${START}\n\n${procedureTable(router)}\n\n`;
  const text = markdown.slice(0, start) + generated + markdown.slice(end);
  const config = await resolveConfig(API_DOCS_PATH);
  return format(text, { ...config, parser: 'markdown' });
}

/** What docs/api.md should hold now; `npm run docs:api` writes it. */
export async function expectedApiDocs(router: AnyTRPCRouter): Promise<string> {
  return withProcedureTable(await readFile(API_DOCS_PATH, 'utf8'), router);
}
