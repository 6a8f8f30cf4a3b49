import type { AnyTRPCRouter } from '@trpc/server';
import { z } from 'zod';
import { MEMBER_ROLES, roleAllows } from './permissions';
import { declaredProcedures, type Access, type DeclaredProcedure } from './procedure-meta';

const ACCESS_LABELS: Record<Access, string> = {
  public: 'public',
  session: 'session JWT',
  operator: 'operator key',
};

/** `session JWT, \`audit:read\` (owner, admin)`: who may call, down to the roles and scope. */
function accessLabel(declared: DeclaredProcedure): string {
  const label = ACCESS_LABELS[declared.access];
  const { permission } = declared;
  if (!permission) return label;
  if (permission === 'account:own') return `${label}, own account`;
  const roles = MEMBER_ROLES.filter((role) => roleAllows(role, permission));
  const who = roles.length === MEMBER_ROLES.length ? 'every role' : roles.join(', ');
  const service = declared.scope ? ', or a service with it' : '';
  return `${label}, \`${permission}\` (${who})${service}`;
}

/** `{email, name, intent?}`: the fields a call sends (body or query), path parameters aside. */
function inputOf({ procedure, path }: DeclaredProcedure): string {
  const schema = procedure._def.inputs[0] as z.ZodType | undefined;
  if (!schema) return '';
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const fields = Object.keys(json.properties ?? {})
    .filter((name) => !inPath.includes(name))
    .map((name) => (json.required?.includes(name) ? name : `${name}?`));
  return fields.length > 0 ? `\`{${fields.join(', ')}}\`` : '';
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The table of every procedure, one row each in the router's order (unformatted markdown). */
export function procedureTable(router: AnyTRPCRouter): string {
  const rows = declaredProcedures(router).map((declared) =>
    [
      `\`${declared.method} ${declared.path}\``,
      `\`${declared.trpcPath}\``,
      accessLabel(declared),
      inputOf(declared),
      declared.summary,
    ].map(cell),
  );
  return [['REST', 'tRPC', 'access', 'input', 'what it does'], ['-', '-', '-', '-', '-'], ...rows]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}
