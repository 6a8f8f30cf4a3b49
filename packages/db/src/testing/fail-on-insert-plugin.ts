import {
  InsertQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/** The tables a statement inserts into: its own, and those of its `WITH` parts. */
function insertedTables(node: RootOperationNode): string[] {
  const own = InsertQueryNode.is(node) && node.into ? [node.into.table.identifier.name] : [];
  const parts = ('with' in node ? node.with?.expressions : undefined) ?? [];
  return [...own, ...parts.flatMap((part) => insertedTables(part.expression as RootOperationNode))];
}

/** Injects a failure: any INSERT into `table` (a `WITH` part's too) throws before it reaches the database. */
export function failOnInsertInto(table: string): KyselyPlugin {
  return {
    transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
      if (insertedTables(node).includes(table)) {
        throw new Error(`injected failure: insert into ${table}`);
      }
      return node;
    },
    async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return result;
    },
  };
}
