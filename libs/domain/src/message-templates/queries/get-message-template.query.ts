import { Query } from '@nestjs/cqrs';
import type { MessageTemplateView } from '../message-template.entity';

export class GetMessageTemplateQuery extends Query<MessageTemplateView> {
  constructor(readonly key: string) {
    super();
  }
}
