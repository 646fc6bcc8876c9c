import { Query } from '@nestjs/cqrs';
import type { ClientSample } from '../../clients';

/** «Вы собираетесь отправить N пользователям»: the count and the newest few of them. */
export class PreviewSegmentQuery extends Query<{ count: number; sample: ClientSample[] }> {
  constructor(
    readonly filter: unknown,
    readonly sampleSize = 10,
  ) {
    super();
  }
}
