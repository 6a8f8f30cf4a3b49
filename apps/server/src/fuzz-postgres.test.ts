import { testDialects } from '@dyocense/db/testing';
import { describe } from 'vitest';
import { describeFuzz } from './testing/fuzz-suite';

describe.runIf(testDialects().includes('postgres'))('PostgreSQL', () => describeFuzz('postgres'));
