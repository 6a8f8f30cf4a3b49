import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import { columnKinds } from './schema';

/** better-sqlite3 binds only numbers, strings, bigints, buffers and null. */
function toSqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

class SqliteParameterTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return { ...super.transformValue(node), value: toSqliteValue(node.value) };
  }

  protected override transformPrimitiveValueList(
    node: PrimitiveValueListNode,
  ): PrimitiveValueListNode {
    return { ...super.transformPrimitiveValueList(node), values: node.values.map(toSqliteValue) };
  }
}

function fromSqliteValue(column: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (columnKinds.timestamp.test(column) && typeof value === 'string') return new Date(value);
  if (columnKinds.boolean.has(column) && typeof value === 'number') return value !== 0;
  if (columnKinds.json.has(column) && typeof value === 'string') return JSON.parse(value);
  return value;
}

function convertRow(row: UnknownRow): UnknownRow {
  const converted: UnknownRow = {};
  for (const [column, value] of Object.entries(row)) {
    converted[column] = fromSqliteValue(column, value);
  }
  return converted;
}

/**
 * Gives SQLite the same JS types PostgreSQL has: Dates and booleans are bound as ISO text and
 * 0/1, and read back (by column name, see `columnKinds`) as Date, boolean and parsed JSON.
 */
export class SqliteTypesPlugin implements KyselyPlugin {
  readonly #transformer = new SqliteParameterTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return { ...args.result, rows: args.result.rows.map(convertRow) };
  }
}
