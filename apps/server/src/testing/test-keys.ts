import { createKeySet, generatePrivateKeyPem } from '@dyocense/api';

/**
 * The signing key of every server a test starts (EdDSA, the default), made once per test file:
 * servers that share a database, and `jwtFor`, sign alike. Spawned servers take it in their env.
 */
export const TEST_JWT_PRIVATE_KEY = generatePrivateKeyPem('EdDSA');

/** The test servers' keys, for `createJwtService({ keys: TEST_JWT_KEYS })` in a test. */
export const TEST_JWT_KEYS = createKeySet({ alg: 'EdDSA', privateKeyPem: TEST_JWT_PRIVATE_KEY });
