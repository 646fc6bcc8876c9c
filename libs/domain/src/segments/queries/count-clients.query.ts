import { Query } from '@nestjs/cqrs';
import type { ClientFilter } from '../../clients';

/** How many clients match; the filter is validated again by the handler (SEGMENT_INVALID). */
export class CountClientsQuery extends Query<number> {
  constructor(readonly filter: ClientFilter) {
    super();
  }
}
