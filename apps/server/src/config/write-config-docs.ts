import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_DOCS_PATH, withConfigTables } from './config-docs';

// `npm run docs:config`: regenerates docs/configuration.md's tables from the schemas.
const current = readFileSync(CONFIG_DOCS_PATH, 'utf8');
const next = await withConfigTables(current);
writeFileSync(CONFIG_DOCS_PATH, next);
console.warn(
  next === current ? 'docs/configuration.md is up to date.' : 'Wrote docs/configuration.md.',
);
