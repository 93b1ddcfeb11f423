import type { Language } from './language.js';
import { french } from './french.js';
import { german } from './german.js';
import { portuguese } from './portuguese.js';
import { spanish } from './spanish.js';

/** The languages questions are read from (one file each). */
export const languages: readonly Language[] = [spanish, portuguese, french, german];
