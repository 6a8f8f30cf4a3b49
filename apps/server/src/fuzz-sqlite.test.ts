import { describeFuzz } from './fuzz-suite';

describeFuzz('sqlite');
