import { once } from 'node:events';
import {
  createConnection,
  createServer,
  type AddressInfo,
  type Server,
  type Socket,
} from 'node:net';

/**
 * `pass` forwards both ways; `black-hole` accepts connections and holds them silently, and stops
 * forwarding on the open ones (what a dead route or a frozen host looks like); `refuse` stops
 * listening and resets every open connection (what a stopped database looks like).
 */
export type ProxyMode = 'pass' | 'black-hole' | 'refuse';

export interface TcpProxy {
  readonly port: number;
  readonly mode: ProxyMode;
  setMode(mode: ProxyMode): Promise<void>;
  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream?: Socket;
}

function destroyPair(pair: Pair, reset: boolean): void {
  for (const socket of [pair.client, pair.upstream]) {
    if (!socket || socket.destroyed) continue;
    if (reset) socket.resetAndDestroy();
    else socket.destroy();
  }
}

/** A TCP proxy on a free loopback port in front of `target`, for fault injection in tests. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = 'pass';
  const pairs = new Set<Pair>();

  const forward = (from: Socket, to: () => Socket | undefined) =>
    from.on('data', (chunk: Buffer) => {
      // Swallowed, as a lost packet would be: nothing arrives and nothing is answered.
      if (mode === 'pass') to()?.write(chunk);
    });

  function accept(client: Socket): void {
    const pair: Pair = { client };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      destroyPair(pair, false);
    };
    client.on('error', drop).on('close', drop);
    forward(client, () => pair.upstream);
    if (mode === 'black-hole') return;
    const upstream = createConnection(target);
    pair.upstream = upstream;
    upstream.on('error', drop).on('close', () => {
      // The database's goodbye is lost in a black hole too.
      if (mode === 'pass') drop();
    });
    forward(upstream, () => client);
  }

  let server: Server | undefined;
  const listen = async (port: number) => {
    server = createServer(accept);
    server.listen(port, '127.0.0.1');
    await once(server, 'listening');
    return (server.address() as AddressInfo).port;
  };
  const port = await listen(0);
  /** Stops accepting and ends every open connection (the server's close waits for them). */
  const shutDown = async (reset: boolean) => {
    const closed = server?.listening ? once(server, 'close') : undefined;
    server?.close();
    for (const pair of pairs) destroyPair(pair, reset);
    pairs.clear();
    await closed;
  };

  return {
    port,
    get mode() {
      return mode;
    },
    async setMode(next) {
      if (next === 'refuse') await shutDown(true);
      else if (!server?.listening) await listen(port);
      mode = next;
    },
    urlFor(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    async close() {
      mode = 'refuse';
      await shutDown(false);
    },
  };
}
