import type { DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { NewUser, User } from '../schema';

const insertUserQuery = preparedQuery((db, user: NewUser) => db.insertInto('users').values(user));
const userById = preparedQuery((db, { id }: { id: string }) =>
  db.selectFrom('users').selectAll().where('id', '=', id),
);
const userByEmail = preparedQuery((db, { email }: { email: string }) =>
  db.selectFrom('users').selectAll().where('email', '=', email),
);

export async function insertUser(db: DB, user: NewUser): Promise<void> {
  await insertUserQuery(db, user);
}

export async function findUserById(db: DB, id: string): Promise<User | undefined> {
  return (await userById(db, { id })).rows[0];
}

export async function findUserByEmail(db: DB, email: string): Promise<User | undefined> {
  return (await userByEmail(db, { email })).rows[0];
}
