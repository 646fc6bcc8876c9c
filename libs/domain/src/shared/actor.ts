export type { Actor } from '@dvorik/persistence';
export { SYSTEM } from '@dvorik/persistence';
