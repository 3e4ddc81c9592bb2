import { describeFuzz } from './fuzz.js';

describeFuzz('related');
