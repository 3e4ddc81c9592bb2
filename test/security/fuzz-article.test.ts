import { describeFuzz } from './fuzz.js';

describeFuzz('article');
