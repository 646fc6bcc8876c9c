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

export class GetSegmentQuery extends Query<SegmentView> {
  constructor(readonly id: number) {
    super();
  }
}

/** A few matching clients to show beside the count: names only, never phones. */
export interface SegmentSampleClient {
  id: number;
  telegramId: number;
  displayName: string;
  username: string | null;
  subscribed: boolean;
  status: string;
  createdAt: Date;
}

/** «Вы собираетесь отправить N пользователям»: the count and the newest few of them. */
export class PreviewSegmentQuery extends Query<{ count: number; sample: SegmentSampleClient[] }> {
  constructor(
    readonly filter: unknown,
    readonly sampleSize = 10,
  ) {
    super();
  }
}
