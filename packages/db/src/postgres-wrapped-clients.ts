import type { PostgresPool, PostgresPoolClient } from 'kysely';

/**
 * The pool with each of its clients wrapped once. Kysely keys its connection state by client
 * object, so the same wrapper must come back every time a client is checked out.
 */
export function withWrappedClients<Client extends object>(
  pool: { connect(): Promise<Client>; end(): Promise<void> },
  wrap: (client: Client) => PostgresPoolClient,
): PostgresPool {
  const wrappers = new WeakMap<Client, PostgresPoolClient>();
  return {
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
