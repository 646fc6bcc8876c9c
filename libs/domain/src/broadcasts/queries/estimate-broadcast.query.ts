import { Query } from '@nestjs/cqrs';

/** «Вы собираетесь отправить N пользователям»: what launching now would freeze. */
export class EstimateBroadcastQuery extends Query<{ count: number; message: string }> {
  constructor(readonly id: number) {
    super();
  }
}
