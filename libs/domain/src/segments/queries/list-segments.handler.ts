import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { Segment } from '../segment.entity';
import { ListSegmentsQuery } from './list-segments.query';

@QueryHandler(ListSegmentsQuery)
export class ListSegmentsHandler implements IQueryHandler<ListSegmentsQuery> {
  constructor(private readonly uow: UnitOfWork) {}

  async execute({ page, perPage }: ListSegmentsQuery) {
    const [items, total] = await this.uow.manager
      .createQueryBuilder(Segment, 's')
      // Presets first (what the bot offers), then the newest saved ones.
      .orderBy('s.presetKey IS NULL', 'ASC')
      .addOrderBy('s.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
    return { items, total, page, perPage };
  }
}
