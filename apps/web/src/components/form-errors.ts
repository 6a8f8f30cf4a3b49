import type { ZodError } from 'zod';

/** `{ email: 'Enter a valid email address' }`: the first problem with each field of a form. */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of error.issues) found[String(issue.path[0])] ??= issue.message;
  return found;
}
