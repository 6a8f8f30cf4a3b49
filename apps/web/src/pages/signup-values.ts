import { signupInput, type SignupInput } from '@dyocense/api/schemas';

/** What the person types; the browser nonce is added when the form is sent. */
export type SignupField = keyof Omit<SignupInput, 'nonce'>;
export type SignupValues = Record<SignupField, string>;
export type FieldErrors = Partial<Record<SignupField, string>>;

export const EMPTY_SIGNUP: SignupValues = {
  email: '',
  name: '',
  business_name: '',
  intent: 'launch',
  use_case: '',
};

/** Checks the form with the server's own schema; blank optional fields are left out. */
export function validateSignup(
  values: SignupValues,
): { ok: true; input: SignupInput } | { ok: false; fields: FieldErrors } {
  const parsed = signupInput.safeParse({
    ...values,
    intent: values.intent || undefined,
    use_case: values.use_case.trim() || undefined,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SignupField;
    fields[field] ??= issue.message;
  }
  return { ok: false, fields };
}

/** The form's values as the person left them, to fill it again after "use another email". */
export function valuesOf(input: SignupInput): SignupValues {
  return {
    email: input.email,
    name: input.name,
    business_name: input.business_name,
    intent: input.intent ?? '',
    use_case: input.use_case ?? '',
  };
}
