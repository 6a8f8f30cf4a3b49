import { Agent, request } from 'node:http';
import { median } from './report';

/**
 * The median latency of `count` sequential GETs over one keep-alive connection, in ms with
 * microsecond resolution: what one caller waits without queueing behind others. (autocannon
 * reports whole milliseconds, too coarse to compare 1 ms against 1.2 ms.)
 */
export async function sequentialLatency(
  url: string,
  headers: Record<string, string>,
  count: number,
): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const call = request(url, { agent, headers }, (response) => {
          response.resume();
          response.on('end', () =>
            response.statusCode === 200
              ? resolve()
              : reject(new Error(`GET ${url} answered ${response.statusCode}`)),
          );
        });
        call.on('error', reject);
        call.end();
      });
      samples.push(performance.now() - started);
    }
  } finally {
    agent.destroy();
  }
  return median(samples);
}
