import { Query } from '@nestjs/cqrs';
import type { ClientFilter } from '../../clients';

/**
 * One keyset chunk of matching client ids in id order: pass `nextAfterId` back until it is
 * null. `maxId` bounds the audience to clients who existed when the work was asked for.
 */
export class ListMatchingClientIdsQuery extends Query<{ ids: number[]; nextAfterId: number | null }> {
  constructor(
    readonly filter: ClientFilter,
    readonly afterId = 0,
    readonly limit = 1000,
    readonly maxId?: number,
  ) {
    super();
  }
}
