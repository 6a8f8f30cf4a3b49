import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { Redis } from 'ioredis';

/** Whether `redis-server` is on the PATH, for the tests that start a private one. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/** A loopback port nothing listens on (at the moment it is returned). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

export interface PrivateRedis {
  readonly url: string;
  /** Starts `redis-server` on the port (again, after `stop`), empty: nothing is persisted. */
  start(): Promise<void>;
  /** Stops it as an operator would (SIGTERM) and waits for the process to exit. */
  stop(): Promise<void>;
  /** A value read straight from this Redis, to see what the server stored there. */
  get(key: string): Promise<string | null>;
}

async function untilReady(child: ChildProcess): Promise<void> {
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
  });
}

/** A `redis-server` of the test's own, so stopping it never touches the shared one. */
export function privateRedis(port: number): PrivateRedis {
  let child: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    async start() {
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly'];
      child = spawn('redis-server', [...args, 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
      await untilReady(child);
    },
    async stop() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
    async get(key) {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
      try {
        await client.connect();
        return await client.get(key);
      } finally {
        client.disconnect();
      }
    },
  };
}

/** Accepts connections on `port` and resets each at once: a Redis that fails every attempt. */
export async function resettingListener(port: number) {
  let connections = 0;
  const server = createServer((socket: Socket) => {
    connections += 1;
    socket.resetAndDestroy();
  }).listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    connections: () => connections,
    async close() {
      server.close();
      await once(server, 'close');
    },
  };
}
