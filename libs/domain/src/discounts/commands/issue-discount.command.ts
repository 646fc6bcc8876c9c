import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { DiscountOrigin } from '../discount.entity';
import type { DiscountView } from '../discount.view';

export interface IssueDiscountInput {
  actor: Actor;
  clientId: number;
  templateId: number;
  origin: DiscountOrigin;
  /**
   * Makes a manual issue (and any `unlimited` template) idempotent: the REST Idempotency-Key,
   * a bulk job's id + client. Without it a manual issue gets a random one.
   */
  requestId?: string | null;
  reason?: string | null;
}

/**
 * The one way a code is issued (subscription, birthday, manual, campaign, promo). Idempotent
 * by the issue key: the same key again answers the existing discount with `created: false`.
 */
export class IssueDiscountCommand extends Command<{ discount: DiscountView; created: boolean }> {
  constructor(readonly input: IssueDiscountInput) {
    super();
  }
}
