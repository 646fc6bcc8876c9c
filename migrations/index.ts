import { Platform1763700000000 } from './1763700000000-platform';

/**
 * The explicit, ordered list of migrations (globs break under bundlers and test runners).
 * Append new migrations at the end; never edit one that has shipped.
 */
export const migrations = [Platform1763700000000];
