import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What /signup may fetch of script on its first load, compressed: 120 KiB. It was 143 KiB
 * (the whole app in one file, passkeys included); react-dom alone is 57 KiB, the router, zod,
 * TanStack Query, tRPC and superjson 60 more. The budget keeps the one page a newcomer opens
 * fast on a phone: a page that is not /signup loads when opened, and what grows /signup's first
 * script past it should do the same.
 */
export const FIRST_LOAD_BUDGET_BYTES = 120 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
  imports?: string[];
}

export interface FirstLoadScripts {
  /** The entry's file first, then the files it imports, e.g. `assets/index-abc.js`. */
  files: string[];
  /** What the server sends of them to a browser that accepts brotli. */
  totalBytes: number;
  /** Their text, to look for what must not be there. */
  text: string;
  /** The pages (`src/pages/…`) that load apart, each when opened. */
  lazyPages: string[];
}

/** The scripts of the build in `distDir` that the page's first load needs, by Vite's manifest. */
export function firstLoadScripts(distDir: string): FirstLoadScripts {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const needed = new Set<string>();
  const visit = (key: string) => {
    if (needed.has(key)) return;
    needed.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit('index.html');
  const files = [...needed].map((key) => manifest[key]?.file ?? key);
  // Files too small to be worth compressing are sent as they are (precompress-plugin.ts).
  const sentBytes = (file: string) => {
    const path = join(distDir, file);
    return statSync(existsSync(`${path}.br`) ? `${path}.br` : path).size;
  };
  return {
    files,
    totalBytes: files.reduce((total, file) => total + sentBytes(file), 0),
    text: files.map((file) => readFileSync(join(distDir, file), 'utf8')).join('\n'),
    lazyPages: Object.values(manifest)
      .filter((chunk) => chunk.isDynamicEntry && chunk.src?.startsWith('src/pages/'))
      .map((chunk) => chunk.src ?? ''),
  };
}
