import { DomainEvent } from '@dvorik/persistence';
import type { DiscountTemplateView } from '../discount-template.entity';

type Snapshot = Omit<DiscountTemplateView, 'createdAt' | 'updatedAt'>;

export class DiscountTemplateCreatedEvent extends DomainEvent<{ after: Snapshot }> {
  readonly type = 'discount_template.created';
}

/** Only the fields that changed, before → after, for the audit log. */
export class DiscountTemplateUpdatedEvent extends DomainEvent<{
  before: Partial<Snapshot>;
  after: Partial<Snapshot>;
}> {
  readonly type = 'discount_template.updated';
}

/** A template never used, deleted; the audit log keeps what it was. */
export class DiscountTemplateDeletedEvent extends DomainEvent<{ before: Snapshot }> {
  readonly type = 'discount_template.deleted';
}
