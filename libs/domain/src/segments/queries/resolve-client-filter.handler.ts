import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ClientError, parseClientFilter } from '../../clients';
import { SegmentError } from '../segments.errors';
import { SegmentsRepository } from '../segments.repository';
import { ResolveClientFilterQuery } from './resolve-client-filter.query';

@QueryHandler(ResolveClientFilterQuery)
export class ResolveClientFilterHandler implements IQueryHandler<ResolveClientFilterQuery> {
  constructor(private readonly segments: SegmentsRepository) {}

  async execute({ input }: ResolveClientFilterQuery) {
    let inline: unknown = input.filter;
    if (typeof inline === 'string') {
      try {
        inline = inline.trim() === '' ? {} : JSON.parse(inline);
      } catch {
        throw ClientError.filterInvalid({ filter: ['must be a JSON object'] });
      }
    }
    const own = parseClientFilter(inline);
    if (input.segmentId === undefined) return own;
    const segment = await this.segments.findById(input.segmentId);
    if (!segment) throw SegmentError.notFound(input.segmentId);
    return parseClientFilter({ ...segment.filter, ...own });
  }
}
