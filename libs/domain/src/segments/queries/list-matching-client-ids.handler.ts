import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FilteredClientsReader } from '../../clients';
import { ListMatchingClientIdsQuery } from './list-matching-client-ids.query';

const MAX_CHUNK = 10_000;

@QueryHandler(ListMatchingClientIdsQuery)
export class ListMatchingClientIdsHandler implements IQueryHandler<ListMatchingClientIdsQuery> {
  constructor(private readonly compiler: FilteredClientsReader) {}

  async execute({ filter, afterId, limit, maxId }: ListMatchingClientIdsQuery) {
    const size = Math.max(1, Math.min(limit, MAX_CHUNK));
    const ids = await this.compiler.idsChunk(filter, { afterId, limit: size, maxId });
    return { ids, nextAfterId: ids.length === size ? ids[ids.length - 1] : null };
  }
}
