import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_DOCS_PATH, expectedApiDocs } from './procedure-docs';
import { appRouter } from './root';

describe('docs/api.md', () => {
  it('lists the procedures as they are declared', async () => {
    const current = await readFile(API_DOCS_PATH, 'utf8');
    expect(current, 'docs/api.md is stale: run `npm run docs:api`').toBe(
      await expectedApiDocs(appRouter),
    );
  });
});
