import { DomainEvent } from '@dvorik/persistence';
import type { DiscountTemplateView } from '../discount-template.entity';

type Snapshot = Omit<DiscountTemplateView, 'createdAt' | 'updatedAt'>;

export class DiscountTemplateCreatedEvent extends DomainEvent<{ after: Snapshot }> {
  static readonly type = 'discount_template.created';
  readonly type = DiscountTemplateCreatedEvent.type;
}

/** Only the fields that changed, before → after, for the audit log. */
export class DiscountTemplateUpdatedEvent extends DomainEvent<{
  before: Partial<Snapshot>;
  after: Partial<Snapshot>;
}> {
  static readonly type = 'discount_template.updated';
  readonly type = DiscountTemplateUpdatedEvent.type;
}

/** A template never used, deleted; the audit log keeps what it was. */
export class DiscountTemplateDeletedEvent extends DomainEvent<{ before: Snapshot }> {
  static readonly type = 'discount_template.deleted';
  readonly type = DiscountTemplateDeletedEvent.type;
}
