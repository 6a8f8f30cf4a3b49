// The page's own code runs in the browser (page.waitForFunction), so it needs the DOM's types.
/// <reference lib="dom" />
import { resolve } from 'node:path';
import { startServerWithDatabase } from '@dyocense/server/testing';
import { chromium, type Browser } from 'playwright-core';
import { watchLayoutShift } from '../apps/web/src/testing/layout-shift';
import { median } from './lib/report';

/**
 * `npm run bench:first-load -- [label=dist …]`: how long /signup takes to become usable (the
 * "Create my account" button there and the email field focusable) on a slow phone: CPU slowed
 * 4×, 400 ms of latency and 400 kbit/s each way. Each build (default: apps/web/dist, as `npm run
 * build` leaves it) is served by the real server over SQLite with GitHub sign-in configured, and
 * opened RUNS times in a fresh browser context (nothing cached), the builds taking turns. Also
 * reported: the first paint, the script bytes fetched, and the layout shift over the load.
 */
const RUNS = Number(process.env.BENCH_FIRST_LOAD_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};
const GITHUB = { OAUTH_GITHUB_CLIENT_ID: 'github-id', OAUTH_GITHUB_CLIENT_SECRET: 'github-secret' };

interface Sample {
  usableMs: number;
  firstPaintMs: number;
  scriptBytes: number;
  layoutShift: number;
}

async function openSignup(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let scriptBytes = 0;
  const scripts = new Map<string, string>();
  cdp.on('Network.responseReceived', ({ requestId, type }) => void scripts.set(requestId, type));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (scripts.get(requestId) === 'Script') scriptBytes += encodedDataLength;
  });
  const layoutShift = await watchLayoutShift(page);

  await page.goto(`${url}/signup`, { waitUntil: 'commit', timeout: 120_000 });
  // Checked on every frame, in the page: the moment both hold is the figure.
  const usable = await page.waitForFunction(
    () => {
      const button = Array.from(document.querySelectorAll('button')).find(
        (element) => element.textContent?.trim() === 'Create my account',
      );
      const email = document.querySelector<HTMLInputElement>('input[type="email"]');
      if (!button || !email || email.disabled) return false;
      email.focus();
      return document.activeElement === email && performance.now();
    },
    undefined,
    { timeout: 120_000 },
  );
  const usableMs = (await usable.jsonValue()) as number;
  // The layout shift counts until the provider's button is there and drawn.
  await page.getByRole('link', { name: 'Continue with GitHub' }).waitFor({ timeout: 120_000 });
  await page.evaluate(
    () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))),
  );
  const firstPaintMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  const sample = { usableMs, firstPaintMs, scriptBytes, layoutShift: await layoutShift() };
  await context.close();
  return sample;
}

function builds(args: string[]): [string, string][] {
  if (args.length === 0) return [['current', resolve('apps/web/dist')]];
  return args.map((arg) => {
    const [label = '', dir = ''] = arg.split('=');
    if (!label || !dir) throw new Error(`Give each build as label=dist-folder, not "${arg}"`);
    return [label, resolve(dir)];
  });
}

async function main() {
  const targets = builds(process.argv.slice(2));
  const servers = await Promise.all(
    targets.map(([, dir]) => startServerWithDatabase('sqlite', { WEB_DIST_DIR: dir, ...GITHUB })),
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const samples = targets.map((): Sample[] => []);
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [index, server] of servers.entries()) {
        const sample = await openSignup(browser, server.server.url);
        samples[index]?.push(sample);
        process.stderr.write(`${targets[index]?.[0]} run ${run + 1}: ${JSON.stringify(sample)}\n`);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.destroy()));
  }
  process.stdout.write(`${report(targets, samples).join('\n')}\n`);
}

function report(targets: [string, string][], samples: Sample[][]): string[] {
  const lines = [
    '| build | usable /signup (ms) | first paint (ms) | script (kB, on the wire) | layout shift |',
    '| ----- | ---: | ---: | ---: | ---: |',
  ];
  for (const [index, [label]] of targets.entries()) {
    const of = (pick: (sample: Sample) => number) => median((samples[index] ?? []).map(pick));
    const bytes = (of((sample) => sample.scriptBytes) / 1000).toFixed(1);
    lines.push(
      `| ${label} | ${of((sample) => sample.usableMs).toFixed(0)} | ${of((sample) => sample.firstPaintMs).toFixed(0)} | ${bytes} | ${of((sample) => sample.layoutShift).toFixed(3)} |`,
    );
  }
  lines.push('', `Median of ${RUNS} runs each; CPU ×4, 400 ms latency, 400 kbit/s each way.`);
  return lines;
}

await main();
