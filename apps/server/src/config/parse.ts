import type { z } from 'zod';
import { ConfigError } from './config-error';

/** The variables that are set: an empty or blank value counts as unset (its default applies). */
export function withoutEmptyValues(
  env: Record<string, string | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  );
}

/** One line per issue, naming its variable (a message that names it already stands as it is). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? 'environment');
    return issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`;
  });
}

/**
 * `schema` over the environment, with every field that failed its check left out (so its
 * default applies) and one line per problem added to `problems`: all of them are reported
 * together, not one per restart.
 */
export function parseLeniently<Schema extends z.ZodObject>(
  schema: Schema,
  present: Record<string, string>,
  problems: string[],
): z.output<Schema> {
  const parsed = schema.safeParse(present);
  if (parsed.success) return parsed.data;
  const failed = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const rest = Object.fromEntries(Object.entries(present).filter(([key]) => !failed.has(key)));
  problems.push(...describeIssues(parsed.error));
  return schema.parse(rest);
}

/** `schema` over the environment, or a ConfigError listing every problem. */
export function parseStrictly<Schema extends z.ZodObject>(
  schema: Schema,
  present: Record<string, string>,
): z.output<Schema> {
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n  ${describeIssues(parsed.error).join('\n  ')}`);
  }
  return parsed.data;
}

/** Runs one part of the reading; a ConfigError becomes a line in `problems`. */
export function collect<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}
