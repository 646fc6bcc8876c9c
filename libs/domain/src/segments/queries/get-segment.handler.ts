import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SegmentError } from '../segments.errors';
import { SegmentsRepository } from '../segments.repository';
import { GetSegmentQuery } from './get-segment.query';

@QueryHandler(GetSegmentQuery)
export class GetSegmentHandler implements IQueryHandler<GetSegmentQuery> {
  constructor(private readonly segments: SegmentsRepository) {}

  async execute({ id }: GetSegmentQuery) {
    const segment = await this.segments.findById(id);
    if (!segment) throw SegmentError.notFound(id);
    return segment;
  }
}
