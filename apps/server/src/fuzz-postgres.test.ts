import { describeFor } from '@dyocense/db/testing';
import { describeFuzz } from './testing/fuzz-suite';

describeFor('postgres')('PostgreSQL', () => describeFuzz('postgres'));
