import { z } from 'zod';

declare module 'zod' {
  interface GlobalMeta {
    /**
     * The default as docs/configuration.md shows it, for one computed at start (from another
     * variable, or different in production) that a schema `.default()` cannot hold.
     */
    defaultText?: string;
  }
}

/** A TCP port (0–65535); its errors name the variable. */
export const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);

/** `true` or `false` (`1`, `0`); anything else is an error naming the variable. */
export const flag = (name: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: `${name} must be true or false` })
    .transform((value) => value === 'true' || value === '1');

/** A whole number from `min` (to `max`, when given): a count, a size or a duration. */
export const whole = (min: number, max?: number) => {
  const atLeast = z.coerce.number().int().min(min);
  return max === undefined ? atLeast : atLeast.max(max);
};

/** A secret of at least `length` characters; the error says how to make one. */
export const secret = (name: string, length: number, command: string) =>
  z.string().min(length, `${name} must be at least ${length} characters (e.g. \`${command}\`)`);

/** Comma-separated values, trimmed, empty entries dropped. */
export function commaSeparated(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** A URL without the trailing slashes people often add. */
export const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');
