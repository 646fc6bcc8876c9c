import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SegmentsRepository } from '../segments.repository';
import { ListSegmentsQuery } from './list-segments.query';

@QueryHandler(ListSegmentsQuery)
export class ListSegmentsHandler implements IQueryHandler<ListSegmentsQuery> {
  constructor(private readonly segments: SegmentsRepository) {}

  async execute({ page, perPage }: ListSegmentsQuery) {
    const [items, total] = await this.segments.page(page, perPage);
    return { items, total, page, perPage };
  }
}
