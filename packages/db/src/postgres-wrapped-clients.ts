import type { PostgresPool, PostgresPoolClient } from 'kysely';

/**
 * The pool with each of its clients wrapped once. Kysely keys its connection state by client
 * object, so the same wrapper must come back every time a client is checked out. The pool's
 * client class and options pass through: Kysely cancels a query from a client of its own.
 */
export function withWrappedClients<Client extends object>(
  pool: Pick<PostgresPool, 'Client' | 'options'> & {
    connect(): Promise<Client>;
    end(): Promise<void>;
  },
  wrap: (client: Client) => PostgresPoolClient,
): PostgresPool {
  const wrappers = new WeakMap<Client, PostgresPoolClient>();
  return {
    Client: pool.Client,
    options: pool.options,
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
