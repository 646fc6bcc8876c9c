import { DomainEvent } from '@dvorik/persistence';

export class MessageTemplateUpdatedEvent extends DomainEvent<{ key: string; before: string; after: string }> {
  static readonly type = 'message_template.updated';
  readonly type = MessageTemplateUpdatedEvent.type;
}
