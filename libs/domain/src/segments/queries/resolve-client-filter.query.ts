import { Query } from '@nestjs/cqrs';
import type { ClientFilter } from '../../clients';

/**
 * The audience an edge names: a saved segment, an inline filter (an object, or JSON text as
 * it arrives in a query string), or both — the inline keys then refine the segment's.
 */
export class ResolveClientFilterQuery extends Query<ClientFilter> {
  constructor(readonly input: { filter?: unknown; segmentId?: number }) {
    super();
  }
}
