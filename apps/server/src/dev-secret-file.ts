import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Development only: a secret made once and kept in the data directory (readable by its owner
 * only), so restarts keep sessions. Written whole under another name and then linked into place,
 * which fails if the file exists: processes starting together on one data directory all end up
 * with the secret of the first.
 */
export function readOrCreateDevFile(
  dataDir: string,
  name: string,
  create: () => string,
): { value: string; path: string } {
  const path = join(dataDir, name);
  const existing = readIfPresent(path);
  if (existing) return { value: existing, path };
  mkdirSync(dataDir, { recursive: true });
  const value = create();
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${value}\n`, { mode: 0o600 });
  chmodSync(draft, 0o600);
  try {
    linkSync(draft, path);
    return { value, path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { value: readIfPresent(path) ?? value, path };
  } finally {
    rmSync(draft, { force: true });
  }
}
