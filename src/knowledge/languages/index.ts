import type { Language } from './language.js';
import { portuguese } from './portuguese.js';
import { spanish } from './spanish.js';

/** The languages questions are read from (one file each). */
export const languages: readonly Language[] = [spanish, portuguese];
