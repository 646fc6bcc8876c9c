import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { type Actor, UnitOfWork } from '@dvorik/persistence';
import {
  type CashierView,
  CashierError,
  CashierLockedEvent,
  CashierLockService,
  GetCashierQuery,
} from '../cashiers';
import {
  FindDiscountTemplateBySharedCodeQuery,
  normalizeSharedCode,
  SHARED_CODE_PATTERN,
} from '../discount-templates';
import { SettingsReader } from '../settings';
import type { DomainError } from '../shared';
import {
  DiscountError,
  DiscountRedemptionService,
  type DiscountView,
  DiscountViewsFactory,
  type DiscountWithNames,
  normalizeCodeInput,
  SharedCodesService,
} from '../discounts';
import type { RedemptionAction, RedemptionChannel, RedemptionResult } from './redemption-log.entity';
import { type NewLogEntry, RedemptionLogRepository } from './redemption-log.repository';
import { looksLikeTillToken, verifyTillToken } from './rules/till-token.rule';
import { TillLockService } from './till-lock.service';

export interface CheckedDiscount extends DiscountView {
  /** The redemption-log row this check or redemption wrote. */
  logId: number;
}

export type CheckOutcome =
  { ok: true; result: CheckedDiscount } | { ok: false; error: DomainError; logId: number };

export interface Checker {
  channel: RedemptionChannel;
  cashier: CashierView | null;
  staffId: number | null;
  /** A till (X-API-Key): its client address, for the per-address lock. */
  posAddress?: string | null;
}

export type LogBase = Omit<NewLogEntry, 'result' | 'message'>;

/** What the typed or scanned text names: a discount, or the refusal already logged. */
export type Located =
  { ok: true; row: DiscountWithNames; base: LogBase } | { ok: false; outcome: CheckOutcome };

/**
 * The front half of every check and redemption, run inside the caller's transaction: who is
 * checking, may they, which discount the typed text means. Every refusal is a log row.
 */
@Injectable()
export class CodeCheckService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly discounts: DiscountRedemptionService,
    private readonly log: RedemptionLogRepository,
    private readonly queries: QueryBus,
    private readonly locks: CashierLockService,
    private readonly settings: SettingsReader,
    private readonly shared: SharedCodesService,
    private readonly tills: TillLockService,
    private readonly config: AppConfig,
    readonly views: DiscountViewsFactory,
  ) {}

  /**
   * The discount a check or redemption is about: a till QR token (scanned in the Mini App; signed,
   * two minutes) or a typed code. A forged token counts like an unknown code (cashier lock); an
   * expired one is refused and logged against its discount. `base` comes back with the discount,
   * client and test flag filled in.
   */
  async locate(checker: Checker, base: LogBase, input: string, now: Date): Promise<Located> {
    let row: DiscountWithNames | null;
    if (looksLikeTillToken(input)) {
      const token = verifyTillToken(this.config.tillQrSecret, input, now);
      if (!token.ok && token.reason === 'invalid') {
        const error = DiscountError.tillTokenInvalid();
        return { ok: false, outcome: await this.notFound(checker, base, error, now, 'qr_invalid') };
      }
      row = await this.discounts.findById(token.discountId);
      // The log shows what the QR stood for, not 45 characters of signature.
      if (row) base = { ...base, codeEntered: `QR ${row.discount.code}` };
      if (row && !token.ok) {
        const view = await this.views.view(row);
        const error = DiscountError.tillTokenExpired(view.displayCode, token.expiresAt);
        return { ok: false, outcome: await this.refuse(this.about(base, row), 'qr_expired', error, now) };
      }
    } else row = await this.find(input);
    if (!row) {
      const error = DiscountError.notFound({ code: base.codeEntered });
      return { ok: false, outcome: await this.notFound(checker, base, error, now) };
    }
    return { ok: true, row, base: this.about(base, row) };
  }

  private about(base: LogBase, { discount }: DiscountWithNames): LogBase {
    return {
      ...base,
      discountId: discount.id,
      clientId: discount.clientId,
      isTest: base.isTest || discount.isTest,
    };
  }

  async checker(actor: Actor): Promise<Checker> {
    switch (actor.type) {
      case 'cashier':
        return {
          channel: 'bot',
          cashier: await this.queries.execute(new GetCashierQuery(actor.cashierId)),
          staffId: null,
        };
      case 'pos':
        return { channel: 'pos', cashier: null, staffId: null, posAddress: actor.ip ?? null };
      case 'staff':
        return { channel: 'api', cashier: null, staffId: actor.staffId };
      case 'system':
      case 'client':
        return { channel: 'api', cashier: null, staffId: null };
    }
  }

  logBase(
    checker: Checker,
    action: RedemptionAction,
    codeInput: string,
    purchaseAmount?: number | null,
  ): LogBase {
    return {
      action,
      codeEntered: codeInput.trim(),
      discountId: null,
      clientId: null,
      cashierId: checker.cashier?.id ?? null,
      staffId: checker.staffId,
      store: checker.cashier?.store ?? null,
      channel: checker.channel,
      purchaseAmount: purchaseAmount == null ? null : purchaseAmount.toFixed(2),
      isTest: checker.cashier?.isTest ?? false,
    };
  }

  /** A refusal before any discount is looked at: an inactive or locked cashier. */
  async refuseChecker(checker: Checker, base: LogBase, now: Date): Promise<CheckOutcome | null> {
    if (checker.channel === 'pos') {
      const lock = await this.tills.lockedUntil(checker.posAddress ?? null);
      return lock ? this.refuse(base, 'locked', CashierError.posLocked(lock.until, lock.scope), now) : null;
    }
    const cashier = checker.cashier;
    if (!cashier) return null;
    if (cashier.status !== 'active')
      return this.refuse(base, 'cashier_not_active', CashierError.notActive(cashier.status), now);
    const lockedUntil = await this.locks.lockedUntil(cashier.id);
    if (lockedUntil) return this.refuse(base, 'locked', CashierError.locked(lockedUntil), now);
    return null;
  }

  /** The discount the typed text names: a personal code (prefix, layout, case forgiven) or a shared one. */
  async find(codeInput: string): Promise<DiscountWithNames | null> {
    const personal = normalizeCodeInput(codeInput, await this.settings.get('code_prefix'));
    const shared = normalizeSharedCode(codeInput);
    const candidates = [personal, shared].filter((c): c is string => !!c && c.length <= 32);
    if (candidates.length === 0) return null;
    const found = await this.discounts.findByCodes(candidates);
    if (found || !SHARED_CODE_PATTERN.test(shared)) return found;
    // A shared template's public code, used for the very first time.
    const template = await this.queries.execute(new FindDiscountTemplateBySharedCodeQuery(shared));
    if (!template) return null;
    await this.shared.materialise(template);
    return this.discounts.findByCodes([shared]);
  }

  /** Not found: logged, and counted against the cashier — this is what brute force looks like. */
  async notFound(
    checker: Checker,
    base: LogBase,
    error: DomainError,
    now: Date,
    result: 'not_found' | 'qr_invalid' = 'not_found',
  ): Promise<CheckOutcome> {
    const outcome = await this.refuse(base, result, error, now);
    if (checker.channel === 'pos') await this.tills.recordFailure(checker.posAddress ?? null);
    const cashier = checker.cashier;
    const lock = cashier ? await this.locks.recordFailure(cashier.id) : null;
    if (cashier && lock) {
      const { telegramId, name, store, isTest } = cashier;
      await this.uow.record(
        new CashierLockedEvent(
          { type: 'cashier', cashierId: cashier.id },
          { type: 'cashier', id: cashier.id },
          {
            telegramId,
            name,
            store,
            isTest,
            lockedUntil: lock.lockedUntil.toISOString(),
            failures: lock.failures,
          },
        ),
      );
    }
    return outcome;
  }

  async refuse(
    base: LogBase,
    result: RedemptionResult,
    error: DomainError,
    now: Date,
  ): Promise<CheckOutcome> {
    const logId = await this.log.insert({ ...base, result, message: error.message }, now);
    return { ok: false, error, logId };
  }

  async succeed(base: LogBase, view: DiscountView, message: string, now: Date): Promise<CheckOutcome> {
    const logId = await this.log.insert({ ...base, result: 'success', message }, now);
    return { ok: true, result: { ...view, logId } };
  }
}
