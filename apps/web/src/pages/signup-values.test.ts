import { describe, expect, it } from 'vitest';
import { EMPTY_SIGNUP, validateSignup, valuesOf } from './signup-values';

const filled = {
  ...EMPTY_SIGNUP,
  email: '  Ada@Example.com ',
  name: 'Ada',
  business_name: 'Test Shop',
};

describe('validateSignup', () => {
  it('gives the input the server expects, without blank optional fields', () => {
    expect(validateSignup(filled)).toEqual({
      ok: true,
      input: {
        email: 'ada@example.com',
        name: 'Ada',
        business_name: 'Test Shop',
        intent: 'launch',
      },
    });
    expect(validateSignup({ ...filled, intent: '', use_case: ' Shoes ' })).toEqual({
      ok: true,
      input: {
        email: 'ada@example.com',
        name: 'Ada',
        business_name: 'Test Shop',
        use_case: 'Shoes',
      },
    });
  });

  it('names each invalid field with the server’s message', () => {
    expect(validateSignup({ ...EMPTY_SIGNUP, email: 'nope', intent: 'expand' })).toEqual({
      ok: false,
      fields: {
        email: 'Enter a valid email address, like name@example.com',
        name: 'Enter your name',
        business_name: 'Enter your business name',
        intent: 'Choose an intent: launch, grow, other',
      },
    });
  });

  it('refuses a use case longer than the server accepts', () => {
    const result = validateSignup({ ...filled, use_case: 'x'.repeat(1001) });
    expect(result).toEqual({
      ok: false,
      fields: { use_case: 'Use at most 1000 characters for the use case' },
    });
  });
});

describe('valuesOf', () => {
  it('turns a sent sign-up back into form values', () => {
    expect(valuesOf({ email: 'a@example.com', name: 'A', business_name: 'B' })).toEqual({
      email: 'a@example.com',
      name: 'A',
      business_name: 'B',
      intent: '',
      use_case: '',
    });
  });
});
