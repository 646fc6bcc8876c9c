import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { DiscountOrigin } from '../discount.entity';

export interface IssueDiscountsBatchInput {
  actor: Actor;
  /** The clients to issue to, each at most once; a client id given twice counts once. */
  clientIds: number[];
  templateId: number;
  /**
   * The origins whose issue key is the client's period (`birthday:{client}:{year}`, …): a batch has
   * no request id, so a manual issue, keyed by one, goes through IssueDiscountCommand.
   */
  origin: Exclude<DiscountOrigin, 'manual'>;
  reason?: string | null;
}

/** Per client, what IssueDiscountCommand would have answered: a new code, the existing one, a refusal. */
export interface IssueDiscountsBatchResult {
  issued: number;
  existing: number;
  refused: number;
}

/**
 * IssueDiscountCommand for many clients at once (the daily birthday codes): the same checks, code
 * rules, issue keys and one `discount.issued` event per new code, written as multi-row statements
 * in one transaction per few hundred clients instead of a transaction per client.
 */
export class IssueDiscountsBatchCommand extends Command<IssueDiscountsBatchResult> {
  constructor(readonly input: IssueDiscountsBatchInput) {
    super();
  }
}
