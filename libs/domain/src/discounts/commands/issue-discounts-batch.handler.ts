import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import {
  type DiscountTemplateView,
  GetDiscountTemplateQuery,
  checkRecurrence,
  parseRecurrence,
} from '../../discount-templates';
import { DomainError } from '../../shared';
import { DiscountBatchesRepository } from '../discount-batches.repository';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { DiscountError } from '../discounts.errors';
import { discountFacts, DiscountIssuedEvent } from '../events/discount.events';
import { issueKey } from '../issue-key';
import { generateDiscountCode } from '../rules/discount-code.rule';
import { newDiscountRow } from '../rules/new-discount.rule';
import { SharedCodesService } from '../shared-codes.service';
import {
  IssueDiscountsBatchCommand,
  type IssueDiscountsBatchInput,
  type IssueDiscountsBatchResult,
} from './issue-discounts-batch.command';

/** Clients per transaction: one statement each for the rows, the counters and the events. */
const BATCH = 500;
/** As IssueDiscountHandler: a code collision is rare, eight in a row means something is wrong. */
const CODE_ATTEMPTS = 8;

/**
 * IssueDiscountHandler's rules, client by client, in the same order (template, client, issue key,
 * recurrence, unique code), decided for a batch by one statement each. A concurrent run (a second
 * worker) is answered as IssueDiscountHandler answers a twin: its INSERT waits on the other's
 * uncommitted keys, skips them once committed, and counts them as existing.
 */
@CommandHandler(IssueDiscountsBatchCommand)
export class IssueDiscountsBatchHandler implements ICommandHandler<IssueDiscountsBatchCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly batches: DiscountBatchesRepository,
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
    private readonly shared: SharedCodesService,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: IssueDiscountsBatchCommand): Promise<IssueDiscountsBatchResult> {
    const clientIds = [...new Set(input.clientIds)];
    const totals: IssueDiscountsBatchResult = { issued: 0, existing: 0, refused: 0 };
    let template: DiscountTemplateView;
    try {
      template = await this.queries.execute(new GetDiscountTemplateQuery(input.templateId));
      if (!template.active) throw DiscountError.templateInactive(template.id);
    } catch (error) {
      // IssueDiscountCommand refuses each client the same way: a missing or switched-off template.
      if (!(error instanceof DomainError)) throw error;
      return { ...totals, refused: clientIds.length };
    }
    for (let at = 0; at < clientIds.length; at += BATCH) {
      const ids = clientIds.slice(at, at + BATCH);
      // Everything is decided inside the transaction, so a deadlock's re-run decides afresh.
      const part = await this.uow.run(() => this.batch(input, template, ids));
      totals.issued += part.issued;
      totals.existing += part.existing;
      totals.refused += part.refused;
    }
    return totals;
  }

  private async batch(
    input: IssueDiscountsBatchInput,
    template: DiscountTemplateView,
    ids: number[],
  ): Promise<IssueDiscountsBatchResult> {
    const clients = await this.batches.clients(ids);
    // Unknown and banned clients are refused, as GetClientQuery and the ban check refuse them.
    const eligible = ids.filter((id) => clients.has(id) && clients.get(id)!.status !== 'banned');
    const result = { issued: 0, existing: 0, refused: ids.length - eligible.length };
    if (template.usage === 'shared') {
      await this.shared.materialise(template);
      return { ...result, existing: eligible.length };
    }

    const now = new Date();
    const timeZone = this.config.timeZone;
    const recurrence = parseRecurrence(template.recurrence);
    const current = checkRecurrence({ recurrence, lastIssuedAt: null, now, timeZone });
    const periodKey = current.allowed ? current.periodKey : 'once';
    const keyOf = new Map(
      eligible.map((clientId) => [
        clientId,
        issueKey({ origin: input.origin, clientId, templateId: template.id, periodKey, now, timeZone }),
      ]),
    );
    const keysOf = (of: number[]) => of.map((id) => keyOf.get(id)!);

    // A rerun answers the codes already issued before recurrence would refuse them.
    const taken = await this.batches.byIssueKeys(keysOf(eligible));
    const fresh = eligible.filter((id) => !taken.has(keyOf.get(id)!));
    result.existing += eligible.length - fresh.length;
    const last = await this.batches.lastIssuedAt(fresh, template.id);
    const allowed: number[] = [];
    const notReached: number[] = [];
    for (const id of fresh) {
      // A client never given the template gets `current`, the rule's answer for no last issue.
      const lastIssuedAt = last.get(id);
      const check = lastIssuedAt ? checkRecurrence({ recurrence, lastIssuedAt, now, timeZone }) : current;
      (check.allowed ? allowed : notReached).push(id);
    }
    // A refusal whose last issue is a concurrent twin with this very key is that twin's code.
    const twins = await this.batches.byIssueKeys(keysOf(notReached));
    result.existing += twins.size;
    result.refused += notReached.length - twins.size;

    const { issuedIds, issuedClients, existing } = await this.insert(
      input,
      template,
      clients,
      allowed,
      keyOf,
      now,
    );
    result.existing += existing;
    result.issued = issuedIds.length;
    await this.batches.countIssued(issuedClients);
    const views = await this.views.views(await this.discounts.findByIds(issuedIds));
    await this.uow.record(
      ...views.map(
        (discount) =>
          new DiscountIssuedEvent(
            input.actor,
            { type: 'discount', id: discount.id },
            { ...discountFacts(discount), origin: input.origin, reminderDays: template.reminderDays },
          ),
      ),
    );
    return result;
  }

  /** The rows, with fresh codes again for those whose code was taken; which rows are ours is read back by key. */
  private async insert(
    input: IssueDiscountsBatchInput,
    template: DiscountTemplateView,
    clients: Map<number, { isTest: boolean }>,
    clientIds: number[],
    keyOf: Map<number, string>,
    now: Date,
  ) {
    const issuedIds: number[] = [];
    const issuedClients: number[] = [];
    let existing = 0;
    let pending = clientIds;
    for (let attempt = 1; attempt <= CODE_ATTEMPTS && pending.length > 0; attempt++) {
      const codes = new Set<string>();
      const codeOf = new Map<number, string>();
      for (const id of pending) {
        let code = generateDiscountCode();
        while (codes.has(code)) code = generateDiscountCode();
        codes.add(code);
        codeOf.set(id, code);
      }
      await this.batches.insertIgnoringTaken(
        pending.map((clientId) =>
          newDiscountRow(
            template,
            {
              code: codeOf.get(clientId)!,
              clientId,
              usage: 'single',
              issuedBy: input.actor.type === 'staff' ? input.actor.staffId : null,
              origin: input.origin,
              reason: input.reason ?? null,
              issueKey: keyOf.get(clientId)!,
              isTest: clients.get(clientId)!.isTest,
            },
            now,
            this.config.timeZone,
          ),
        ),
      );
      const stored = await this.batches.byIssueKeys(pending.map((id) => keyOf.get(id)!));
      const again: number[] = [];
      for (const clientId of pending) {
        const row = stored.get(keyOf.get(clientId)!);
        if (!row)
          again.push(clientId); // its code was taken: draw another
        else if (row.code === codeOf.get(clientId)) {
          issuedIds.push(row.id);
          issuedClients.push(clientId);
        } else existing++; // a concurrent run issued this key first
      }
      pending = again;
    }
    if (pending.length > 0) throw new Error(`No free discount code after ${CODE_ATTEMPTS} attempts`);
    return { issuedIds, issuedClients, existing };
  }
}
