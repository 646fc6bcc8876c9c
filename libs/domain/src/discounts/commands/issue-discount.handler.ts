import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { IdempotencyStore, isDuplicateKeyError, UnitOfWork } from '@dvorik/persistence';
import { GetClientQuery } from '../../clients';
import {
  type DiscountTemplateView,
  GetDiscountTemplateQuery,
  checkRecurrence,
  parseRecurrence,
} from '../../discount-templates';
import type { DiscountView } from '../discount.view';
import { DiscountViewsFactory } from '../discount-views.factory';
import { DiscountsRepository } from '../discounts.repository';
import { DiscountError } from '../discounts.errors';
import { discountFacts, DiscountIssuedEvent } from '../events/discount.events';
import { issueKey } from '../issue-key';
import { generateDiscountCode } from '../rules/discount-code.rule';
import { newDiscountRow } from '../rules/new-discount.rule';
import { SharedCodesService } from '../shared-codes.service';
import { IssueDiscountCommand, type IssueDiscountInput } from './issue-discount.command';

/** 22³·10⁴ codes: a collision is rare, eight in a row means something is wrong. */
const CODE_ATTEMPTS = 8;

@CommandHandler(IssueDiscountCommand)
export class IssueDiscountHandler implements ICommandHandler<IssueDiscountCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly discounts: DiscountsRepository,
    private readonly views: DiscountViewsFactory,
    private readonly shared: SharedCodesService,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: IssueDiscountCommand) {
    if (input.requestId != null && !IdempotencyStore.isValidKey(input.requestId)) {
      throw DiscountError.idempotencyKeyInvalid();
    }
    const template = await this.queries.execute(new GetDiscountTemplateQuery(input.templateId));
    if (!template.active) throw DiscountError.templateInactive(template.id);
    const client = await this.queries.execute(new GetClientQuery(input.clientId));
    if (client.status === 'banned') throw DiscountError.clientNotEligible(client.id, client.status);
    if (template.usage === 'shared') return this.sharedCode(template);

    const now = new Date();
    const timeZone = this.config.timeZone;
    const recurrence = parseRecurrence(template.recurrence);
    const current = checkRecurrence({ recurrence, lastIssuedAt: null, now, timeZone });
    const periodKey = current.allowed ? current.periodKey : 'once';
    const key = issueKey({ ...input, periodKey, now, timeZone });
    // A retry of an issue that already happened answers it, before recurrence would refuse it.
    const existing = await this.existing(key, input);
    if (existing) return existing;
    const lastIssuedAt = await this.discounts.lastIssuedAt(client.id, template.id);
    const check = checkRecurrence({ recurrence, lastIssuedAt, now, timeZone });
    if (!check.allowed) {
      // The last issue may be a concurrent twin with this very key that committed between the
      // two reads above: that is this request's answer, not a refusal.
      const twin = await this.existing(key, input);
      if (twin) return twin;
      throw DiscountError.recurrenceNotReached(template.id, check.nextAt);
    }

    for (let attempt = 1; attempt <= CODE_ATTEMPTS; attempt++) {
      try {
        return await this.insert(input, template, client.isTest, key, now);
      } catch (error) {
        if (isDuplicateKeyError(error, 'uq_discounts_code')) continue;
        if (!isDuplicateKeyError(error, 'uq_discounts_issue_key')) throw error;
        // A concurrent twin (double click, second worker) issued it first.
        const twin = await this.existing(key, input);
        if (twin) return twin;
        throw error;
      }
    }
    throw new Error(`No free discount code after ${CODE_ATTEMPTS} attempts`);
  }

  private insert(
    input: IssueDiscountInput,
    template: DiscountTemplateView,
    isTest: boolean,
    key: string,
    now: Date,
  ) {
    return this.uow.run(async () => {
      const inserted = await this.discounts.insert(
        newDiscountRow(
          template,
          {
            code: generateDiscountCode(),
            clientId: input.clientId,
            usage: 'single',
            issuedBy: input.actor.type === 'staff' ? input.actor.staffId : null,
            origin: input.origin,
            reason: input.reason ?? null,
            issueKey: key,
            isTest,
          },
          now,
          this.config.timeZone,
        ),
      );
      const discount = await this.views.view((await this.discounts.findById(inserted.id))!);
      await this.uow.record(
        new DiscountIssuedEvent(
          input.actor,
          { type: 'discount', id: discount.id },
          {
            ...discountFacts(discount),
            origin: input.origin,
            reminderDays: template.reminderDays,
          },
        ),
      );
      return { discount, created: true };
    });
  }

  /** The discount an issue key already names; a key reused for another client or template is refused. */
  private async existing(
    key: string,
    input: IssueDiscountInput,
  ): Promise<{ discount: DiscountView; created: false } | null> {
    const row = await this.discounts.findByIssueKey(key);
    if (!row) return null;
    if (
      row.discount.clientId !== input.clientId ||
      (input.origin === 'manual' && row.discount.templateId !== input.templateId)
    )
      throw DiscountError.idempotencyKeyReused();
    return { discount: await this.views.view(row), created: false };
  }

  private async sharedCode(template: DiscountTemplateView) {
    await this.uow.run(() => this.shared.materialise(template));
    const row = await this.discounts.findByCodes([template.sharedCode!]);
    if (!row) throw DiscountError.notFound({ code: template.sharedCode });
    return { discount: await this.views.view(row), created: false };
  }
}
