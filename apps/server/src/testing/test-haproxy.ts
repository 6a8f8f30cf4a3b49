import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether Debian's `haproxy` is installed (`.ci/run` installs it). */
export function haproxyInstalled(): boolean {
  return spawnSync('haproxy', ['-v']).status === 0;
}

export interface BackendStat {
  /** `UP`, `DOWN`, `MAINT`, … as HAProxy's health checks see the instance. */
  status: string;
  /** Requests it is answering now. */
  current: number;
  /** Requests it failed to answer (aborted, reset, or a broken response) since the balancer began. */
  failed: number;
}

export interface TestHaproxy {
  url: string;
  /** Each instance's state, by name. */
  stats(): Promise<Record<string, BackendStat>>;
  stop(): Promise<void>;
}

/**
 * The deployment guide's balancer settings: checks of `/readyz` every 200 ms, a connection per
 * request to an instance (so none is reused after it died), a failed connect retried on another
 * instance, never a request that reached one; `x-backend` names who answered.
 */
function configFor(port: number, instances: Record<string, number>, socket: string): string {
  return [
    'global',
    `  stats socket ${socket} mode 600 level admin`,
    'defaults',
    '  mode http',

    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  timeout check 1s',
    '  retries 3',
    '  option redispatch 1',
    'frontend accounts',
    `  bind 127.0.0.1:${port}`,
    '  default_backend instances',
    'backend instances',
    '  balance roundrobin',
    '  option http-server-close',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    '  http-response set-header x-backend %[srv_name]',
    '  default-server check inter 200ms fall 1 rise 1',
    ...Object.entries(instances).map(([name, at]) => `  server ${name} 127.0.0.1:${at}`),
    '',
  ].join('\n');
}

async function adminCommand(socket: string, command: string): Promise<string> {
  const connection = connect(socket);
  let answer = '';
  connection.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  connection.end(`${command}\n`);
  await once(connection, 'close');
  return answer;
}

function parseStats(csv: string): Record<string, BackendStat> {
  const [header = '', ...rows] = csv.trim().split('\n');
  const columns = header.replace(/^# /, '').split(',');
  const column = (name: string) => columns.indexOf(name);
  const stats: Record<string, BackendStat> = {};
  for (const row of rows.map((line) => line.split(','))) {
    const name = row[column('svname')] ?? '';
    if (row[column('pxname')] !== 'instances' || name === 'BACKEND') continue;
    stats[name] = {
      status: row[column('status')] ?? '',
      current: Number(row[column('scur')]),
      failed: Number(row[column('eresp')]),
    };
  }
  return stats;
}

/** HAProxy on `port` in front of the named instances' ports, in the foreground of a child process. */
export async function startHaproxy(
  port: number,
  instances: Record<string, number>,
): Promise<TestHaproxy> {
  const dir = mkdtempSync(join(tmpdir(), 'dyocense-haproxy-'));
  const socket = join(dir, 'admin.sock');
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(config, configFor(port, instances, socket));
  const child = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  const stats = async () => parseStats(await adminCommand(socket, 'show stat'));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited:\n${output}`);
    if (await stats().catch(() => undefined)) break;
    if (Date.now() > deadline) throw new Error(`haproxy never answered:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
