import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './precompress-plugin.ts';

// `npm run dev` starts the API on PORT (8001 unless set); the browser talks only to Vite.
const api = `http://127.0.0.1:${process.env.PORT ?? 8001}`;

export default defineConfig({
  plugins: [react(), precompress()],
  // Workspace packages are read from their sources (see their `exports`): no build of them first.
  resolve: { conditions: ['@dyocense/source', ...defaultClientConditions] },
  server: {
    port: 5179,
    strictPort: true,
    headers: { 'Referrer-Policy': 'no-referrer' },
    proxy: { '/trpc': api, '/v1': api },
  },
  build: {
    sourcemap: true,
    // Which files each page needs first: the first-load budget test reads it.
    manifest: true,
    // Every browser the app supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The libraries every page needs, in one file: the split into a dozen shared chunks
            // cost a request each and compressed worse. chart.js (admin) and passkeys stay apart.
            {
              name: 'vendor',
              test: /node_modules[\\/](?!chart\.js|@kurkle|react-chartjs-2|@simplewebauthn)/,
            },
          ],
        },
      },
    },
  },
});
