import { describeFuzz } from './testing/fuzz-suite';

describeFuzz('sqlite');
