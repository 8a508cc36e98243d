// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every element, by folder name under src/components/ (the thread and the count included). */
export const ELEMENTS = readdirSync(fileURLToPath(new URL('../../src/components/', import.meta.url))).sort();
