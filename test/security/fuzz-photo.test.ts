import { describeFuzz } from './fuzz.js';

describeFuzz('photo');
