import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { SegmentView } from '../segment.entity';

export class ListSegmentsQuery extends Query<Page<SegmentView>> {
  constructor(
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
