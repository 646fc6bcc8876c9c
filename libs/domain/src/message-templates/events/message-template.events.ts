import { DomainEvent } from '@dvorik/persistence';

export class MessageTemplateUpdatedEvent extends DomainEvent<{ key: string; before: string; after: string }> {
  readonly type = 'message_template.updated';
}
