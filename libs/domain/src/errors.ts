import type * as Domain from './index';

type Exports = typeof Domain;

/**
 * Every domain error code, derived from the core's exports: the values of each capability's
 * `…ErrorCode` enum. Only the edges need the union (each maps it in one exhaustive switch, so a
 * new code fails the type check until the REST API and the bots both say what it means); the
 * capabilities never import it, and a new capability's enum joins it by being exported.
 * Imported as `@dvorik/domain/errors` (the index does not re-export it: no cycle).
 */
export type DomainErrorCode = {
  [K in keyof Exports]: K extends `${string}ErrorCode` ? Exports[K][keyof Exports[K]] : never;
}[keyof Exports];
