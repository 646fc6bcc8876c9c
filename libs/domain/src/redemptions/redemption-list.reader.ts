import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Brackets } from 'typeorm';
import { Cashier } from '../cashiers';
import { Client, displayName } from '../clients';
import { Discount } from '../discounts';
import { RedemptionLogEntry } from './redemption-log.entity';
import type { RedemptionFilter, RedemptionView } from './queries/list-redemptions.query';

type Raw = Record<string, string | number | null>;

/**
 * The redemption log as the staff read it: each row with its code, client and cashier names.
 */
@Injectable()
export class RedemptionListReader {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Newest first. `codes` are the normalised forms of the filter's code (personal, shared): a
   * row matches them or the text exactly as it was typed.
   */
  async page(
    filter: RedemptionFilter,
    codes: string[],
    page: number,
    perPage: number,
  ): Promise<{ items: RedemptionView[]; total: number }> {
    const qb = this.uow.manager
      .createQueryBuilder(RedemptionLogEntry, 'r')
      .leftJoin(Discount, 'd', 'd.id = r.discountId')
      .leftJoin(Client, 'c', 'c.id = r.clientId')
      .leftJoin(Cashier, 'k', 'k.id = r.cashierId')
      .addSelect('d.code', 'discount_code')
      .addSelect('c.firstName', 'c_first')
      .addSelect('c.lastName', 'c_last')
      .addSelect('c.username', 'c_username')
      .addSelect('k.name', 'cashier_name')
      .where('r.isTest = :isTest', { isTest: filter.isTest ?? false });
    if (filter.result) qb.andWhere('r.result = :result', { result: filter.result });
    if (filter.results?.length) qb.andWhere('r.result IN (:...results)', { results: filter.results });
    if (filter.action) qb.andWhere('r.action = :action', { action: filter.action });
    if (filter.cashierId !== undefined)
      qb.andWhere('r.cashierId = :cashierId', { cashierId: filter.cashierId });
    if (filter.store) qb.andWhere('r.store = :store', { store: filter.store });
    if (filter.clientId !== undefined) qb.andWhere('r.clientId = :clientId', { clientId: filter.clientId });
    if (filter.discountId !== undefined)
      qb.andWhere('r.discountId = :discountId', { discountId: filter.discountId });
    if (filter.from) qb.andWhere('r.createdAt >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('r.createdAt < :to', { to: filter.to });
    if (filter.code) {
      const typed = filter.code.trim();
      qb.andWhere(
        new Brackets((w) => {
          w.where('r.codeEntered = :typed', { typed });
          if (codes.length) w.orWhere('d.code IN (:...codes)', { codes });
        }),
      );
    }
    const total = await qb.clone().getCount();
    qb.orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset((page - 1) * perPage)
      .limit(perPage);
    const { entities, raw } = await qb.getRawAndEntities<Raw>();
    const items = entities.map((entry, i) => toRedemptionView(entry, raw[i]));
    return { items, total };
  }
}

function toRedemptionView(r: RedemptionLogEntry, raw: Raw | undefined): RedemptionView {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id),
    action: r.action,
    result: r.result,
    message: r.message,
    codeEntered: r.codeEntered,
    discountId: r.discountId,
    discountCode: text(raw?.discount_code),
    clientId: r.clientId,
    clientName:
      r.clientId === null
        ? null
        : displayName({
            firstName: text(raw?.c_first),
            lastName: text(raw?.c_last),
            username: text(raw?.c_username),
          }),
    cashierId: r.cashierId,
    cashierName: text(raw?.cashier_name),
    staffId: r.staffId,
    store: r.store,
    channel: r.channel,
    purchaseAmount: r.purchaseAmount === null ? null : Number(r.purchaseAmount),
    clientNotNotified: r.clientNotNotified,
    subscriptionUnverified: r.subscriptionUnverified,
    rolledBackAt: r.rolledBackAt,
    rolledBackBy: r.rolledBackBy,
    rollbackReason: r.rollbackReason,
    isTest: r.isTest,
    createdAt: r.createdAt,
  };
}
