import { Query } from '@nestjs/cqrs';

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
