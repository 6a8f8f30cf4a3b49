import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import type { Readiness } from './readiness';

/**
 * How long a kept-alive connection may sit idle once the listener is closed before it is ended:
 * a busy client is likely to send one more request first, answered with Connection: close.
 * @default 1000
 */
export const DRAIN_IDLE_GRACE_MS = 1_000;

/**
 * Once no request at all has arrived for this long, every idle connection is ended: nobody is
 * busy, so none needs the grace. @default 200
 */
export const DRAIN_QUIET_MS = 200;

interface Connection {
  /** Requests being answered on it now. */
  active: number;
  /** When its last response finished; undefined until it has answered one. */
  idleSince?: number;
}

/** Every open connection, and the responses still being written. */
function trackConnections(server: Server) {
  const connections = new Map<Socket, Connection>();
  const responses = new Set<ServerResponse>();
  const activity = { lastRequestAt: 0 };
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: 0 });
    socket.once('close', () => connections.delete(socket));
  });
  server.on('request', (request, response: ServerResponse) => {
    const connection = connections.get(request.socket);
    if (!connection) return;
    connection.active += 1;
    activity.lastRequestAt = Date.now();
    responses.add(response);
    response.once('close', () => {
      connection.active -= 1;
      connection.idleSince = Date.now();
      responses.delete(response);
    });
  });
  return { connections, responses, activity };
}

export interface Drain {
  /**
   * `/readyz` turns 503 at once and traffic is still served for `delayMs` while a balancer
   * notices; then no new connection is taken, every later response says `Connection: close`,
   * each open connection finishes what it was sent, and Fastify closes. Connections still open
   * after `graceMs` are cut.
   */
  drainAndClose(delayMs: number, graceMs: number): Promise<void>;
}

/**
 * Shutdown without dropping a request. Node's own `server.close()` also cuts connections that
 * were accepted but whose request has not been read yet, and ends kept-alive ones a client may be
 * writing to that instant; so the listener is closed alone and each connection closes after a
 * response, or once it has been idle for DRAIN_IDLE_GRACE_MS (at once when all is quiet).
 */
export function registerDrain(app: FastifyInstance, readiness: Readiness): Drain {
  const tracked = trackConnections(app.server);
  let listenerClosed = false;
  // Set on the raw response so hijacked replies (the fast path) carry it too.
  app.addHook('onRequest', (_request, reply, done) => {
    if (listenerClosed) reply.raw.setHeader('connection', 'close');
    done();
  });

  async function closeConnections(graceMs: number): Promise<void> {
    const deadline = Date.now() + graceMs;
    while (tracked.connections.size > 0 && Date.now() < deadline) {
      const quiet = Date.now() - tracked.activity.lastRequestAt >= DRAIN_QUIET_MS;
      for (const [socket, connection] of tracked.connections) {
        if (connection.active > 0 || connection.idleSince === undefined) continue;
        if (quiet || Date.now() - connection.idleSince >= DRAIN_IDLE_GRACE_MS) socket.end();
      }
      await delay(10);
    }
    for (const socket of tracked.connections.keys()) socket.destroy();
  }

  return {
    async drainAndClose(delayMs, graceMs) {
      readiness.startDraining();
      app.log.info({ delayMs }, 'draining: /readyz answers 503 from now on');
      if (delayMs > 0) await delay(delayMs);
      if (app.server.listening) {
        listenerClosed = true;
        NetServer.prototype.close.call(app.server);
        for (const response of tracked.responses) {
          if (!response.headersSent) response.setHeader('connection', 'close');
        }
        await closeConnections(graceMs);
      }
      await app.close();
    },
  };
}
