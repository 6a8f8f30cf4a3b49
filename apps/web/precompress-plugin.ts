import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /^assets\/.+\.(js|css|svg|json)$/;
// Below this, the saving is less than the cost of a second file and a header.
const MIN_BYTES = 1024;

const toBrotli = promisify(brotliCompress);
const toGzip = promisify(gzip);

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each compressible file the build puts
 * in `assets/`, at the strongest settings, since they are made once and served many times.
 * The server picks one by the request's Accept-Encoding (`preCompressed` in apps/server/src/web-app.ts).
 */
export function precompress(): Plugin {
  return {
    name: 'dyocense:precompress',
    apply: 'build',
    async writeBundle({ dir }, bundle) {
      if (!dir) return;
      const files = Object.values(bundle)
        .filter(({ fileName }) => COMPRESSIBLE.test(fileName))
        .map((file) => ({
          path: join(dir, file.fileName),
          content: Buffer.from(file.type === 'chunk' ? file.code : file.source),
        }))
        .filter(({ content }) => content.length >= MIN_BYTES);
      await Promise.all(
        files.flatMap(({ path, content }) => [
          toBrotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }).then((compressed) => writeFile(`${path}.br`, compressed)),
          toGzip(content, { level: constants.Z_BEST_COMPRESSION }).then((compressed) =>
            writeFile(`${path}.gz`, compressed),
          ),
        ]),
      );
    },
  };
}
