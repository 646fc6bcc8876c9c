import { Query } from '@nestjs/cqrs';
import type { SegmentView } from '../segment.entity';

export class GetSegmentQuery extends Query<SegmentView> {
  constructor(readonly id: number) {
    super();
  }
}
