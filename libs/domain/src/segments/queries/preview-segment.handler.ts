import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { FilteredClientsReader, parseClientFilter } from '../../clients';
import { PreviewSegmentQuery } from './preview-segment.query';

@QueryHandler(PreviewSegmentQuery)
export class PreviewSegmentHandler implements IQueryHandler<PreviewSegmentQuery> {
  constructor(private readonly clients: FilteredClientsReader) {}

  async execute({ filter: input, sampleSize }: PreviewSegmentQuery) {
    const filter = parseClientFilter(input);
    const [count, sample] = await Promise.all([
      this.clients.count(filter),
      this.clients.sample(filter, Math.min(Math.max(sampleSize, 0), 50)),
    ]);
    return { count, sample };
  }
}
