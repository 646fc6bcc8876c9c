import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { Cashier } from '../cashiers';
import { Client } from '../clients';
import { DiscountTemplate } from '../discount-templates';
import { Discount } from './discount.entity';
import {
  DISCOUNT_WITH_NAMES_SQL,
  type DiscountRow,
  type DiscountWithNames,
  toDiscountWithNames,
} from './discount-row.mapper';
import type { DiscountNames } from './discount.view';
import type { DiscountFilter } from './queries/list-discounts.query';

export type { DiscountWithNames };

type Raw = Record<string, string | number | null>;

/**
 * Discounts with the names every view shows (template, client, redeeming cashier), read in
 * one joined query: lists never run a query per row.
 */
@Injectable()
export class DiscountsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private query(): SelectQueryBuilder<Discount> {
    return this.uow.manager
      .createQueryBuilder(Discount, 'd')
      .innerJoin(DiscountTemplate, 't', 't.id = d.templateId')
      .leftJoin(Client, 'c', 'c.id = d.clientId')
      .leftJoin(Cashier, 'k', 'k.id = d.redeemedByCashierId')
      .addSelect('t.name', 'template_name')
      .addSelect('c.telegramId', 'client_telegram_id')
      .addSelect('c.firstName', 'client_first_name')
      .addSelect('c.lastName', 'client_last_name')
      .addSelect('c.username', 'client_username')
      .addSelect('k.name', 'cashier_name');
  }

  private async many(qb: SelectQueryBuilder<Discount>): Promise<DiscountWithNames[]> {
    const { entities, raw } = await qb.getRawAndEntities<Raw>();
    return entities.map((discount, i) => ({ discount, names: namesOf(raw[i]) }));
  }

  private async one(qb: SelectQueryBuilder<Discount>): Promise<DiscountWithNames | null> {
    return (await this.many(qb.limit(1)))[0] ?? null;
  }

  /**
   * Newest first. `codes` are the forms the filter's code may take (a personal code normalised
   * with the shop's prefix, a shared code); the caller normalises them.
   */
  async page(
    filter: Omit<DiscountFilter, 'code'>,
    codes: string[] | null,
    page: number,
    perPage: number,
  ): Promise<{ rows: DiscountWithNames[]; total: number }> {
    const qb = this.query().where('d.isTest = :isTest', { isTest: filter.isTest ?? false });
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.clientId !== undefined) qb.andWhere('d.clientId = :clientId', { clientId: filter.clientId });
    if (filter.templateId !== undefined)
      qb.andWhere('d.templateId = :templateId', { templateId: filter.templateId });
    if (filter.origin) qb.andWhere('d.origin = :origin', { origin: filter.origin });
    if (filter.issuedFrom) qb.andWhere('d.issuedAt >= :from', { from: filter.issuedFrom });
    if (filter.issuedTo) qb.andWhere('d.issuedAt < :to', { to: filter.issuedTo });
    if (codes) qb.andWhere('d.code IN (:...codes)', { codes });
    const total = await qb.clone().getCount();
    qb.orderBy('d.id', 'DESC')
      .offset((page - 1) * perPage)
      .limit(perPage);
    return { rows: await this.many(qb), total };
  }

  /**
   * A client's codes, `limit` at most: the usable ones soonest-expiring first (an `active` row
   * past its expiry is not usable: the expiry job runs periodically), or all, newest first.
   */
  async ofClient(clientId: number, activeOnly: boolean, limit: number): Promise<DiscountWithNames[]> {
    const qb = this.query().where('d.clientId = :clientId', { clientId });
    if (activeOnly) {
      qb.andWhere("d.status = 'active'").andWhere(
        new Brackets((w) =>
          w.where('d.expiresAt IS NULL').orWhere('d.expiresAt > :now', { now: new Date() }),
        ),
      );
      qb.orderBy('d.expiresAt IS NULL', 'ASC').addOrderBy('d.expiresAt', 'ASC');
    } else {
      qb.orderBy('d.issuedAt', 'DESC');
    }
    return this.many(qb.addOrderBy('d.id', 'DESC').limit(limit));
  }

  findById(id: number): Promise<DiscountWithNames | null> {
    return this.first(`${DISCOUNT_WITH_NAMES_SQL} WHERE d.id = ? LIMIT 1`, [id]);
  }

  /** In id order; a missing id is left out. */
  async findByIds(ids: number[]): Promise<DiscountWithNames[]> {
    if (ids.length === 0) return [];
    const rows: DiscountRow[] = await this.uow.query(
      `${DISCOUNT_WITH_NAMES_SQL} WHERE d.id IN (?) ORDER BY d.id`,
      [ids],
    );
    return rows.map(toDiscountWithNames);
  }

  /** Candidates are the forms a typed code may take (personal canonical, shared upper-case). */
  findByCodes(codes: string[]): Promise<DiscountWithNames | null> {
    if (codes.length === 0) return Promise.resolve(null);
    return this.first(`${DISCOUNT_WITH_NAMES_SQL} WHERE d.code IN (?) ORDER BY d.id ASC LIMIT 1`, [codes]);
  }

  findByIssueKey(issueKey: string): Promise<DiscountWithNames | null> {
    return this.first(`${DISCOUNT_WITH_NAMES_SQL} WHERE d.issue_key = ? LIMIT 1`, [issueKey]);
  }

  private async first(sql: string, params: unknown[]): Promise<DiscountWithNames | null> {
    const rows: DiscountRow[] = await this.uow.query(sql, params);
    return rows.length ? toDiscountWithNames(rows[0]) : null;
  }

  async lastIssuedAt(clientId: number, templateId: number): Promise<Date | null> {
    const row = await this.uow.manager
      .createQueryBuilder(Discount, 'd')
      .select('MAX(d.issuedAt)', 'last')
      .where('d.clientId = :clientId AND d.templateId = :templateId', { clientId, templateId })
      .getRawOne<{ last: Date | string | null }>();
    return row?.last ? new Date(row.last) : null;
  }

  /** Inserts unless a row with the same code or issue key exists (a shared code's one row). */
  async insertIfAbsent(values: Omit<Discount, 'id'>): Promise<void> {
    await this.uow.manager.createQueryBuilder().insert().into(Discount).orIgnore().values(values).execute();
  }

  async insert(values: Omit<Discount, 'id'>): Promise<Discount> {
    const result = await this.uow.manager.insert(Discount, values);
    if (values.clientId !== null && values.status === 'active')
      await this.uow.query('UPDATE clients SET active_discounts = active_discounts + 1 WHERE id = ?', [
        values.clientId,
      ]);
    return { ...values, id: Number(result.identifiers[0].id) };
  }

  /**
   * THE redemption: one conditional UPDATE, so of any number of simultaneous attempts exactly
   * as many succeed as the code allows. A shared code stays active until its cap. `status` is
   * assigned before `redemption_count` because MySQL evaluates SET left to right.
   */
  async redeem(id: number, now: Date, cashierId: number | null): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      `UPDATE discounts SET
         status = IF(usage_type = 'shared' AND (redemption_cap IS NULL OR redemption_count + 1 < redemption_cap), 'active', 'redeemed'),
         redemption_count = redemption_count + 1,
         redeemed_at = ?, redeemed_by_cashier_id = ?, updated_at = ?
       WHERE id = ? AND status = 'active' AND (expires_at IS NULL OR expires_at > ?)
         AND (redemption_cap IS NULL OR redemption_count < redemption_cap)`,
      [now, cashierId, now, id, now],
    );
    if (result.affectedRows !== 1) return false;
    await this.leftActive(id);
    return true;
  }

  /** Undoes one redemption: active again if still valid, expired if its time has passed meanwhile. */
  async undoRedemption(id: number, now: Date): Promise<void> {
    const wasActive = await this.isActive(id, true);
    await this.uow.query(
      `UPDATE discounts SET
         status = IF(status = 'revoked', 'revoked', IF(expires_at IS NOT NULL AND expires_at <= ?, 'expired', 'active')),
         redemption_count = GREATEST(redemption_count, 1) - 1,
         redeemed_at = IF(usage_type = 'single', NULL, redeemed_at),
         redeemed_by_cashier_id = IF(usage_type = 'single', NULL, redeemed_by_cashier_id),
         updated_at = ?
       WHERE id = ?`,
      [now, now, id],
    );
    if (!wasActive && (await this.isActive(id, false)))
      await this.uow.query(
        `UPDATE clients c JOIN discounts d ON d.client_id = c.id
         SET c.active_discounts = c.active_discounts + 1 WHERE d.id = ?`,
        [id],
      );
  }

  async revoke(id: number, now: Date, staffId: number | null): Promise<boolean> {
    const result: { affectedRows: number } = await this.uow.query(
      `UPDATE discounts SET status = 'revoked', revoked_at = ?, revoked_by = ?, updated_at = ?
       WHERE id = ? AND status = 'active'`,
      [now, staffId, now, id],
    );
    if (result.affectedRows !== 1) return false;
    await this.leftActive(id);
    return true;
  }

  /**
   * One chunk of the expiry job; small chunks keep row locks short on a hot table. The chunk's
   * rows are locked first, so exactly the rows this statement expires are taken off their
   * clients' `active_discounts`, in the same transaction.
   */
  async expireDue(now: Date, limit: number): Promise<number> {
    return this.uow.run(async () => {
      const m = this.uow.manager;
      const due = await m.query<Array<{ id: number }>>(
        `SELECT id FROM discounts WHERE status = 'active' AND expires_at <= ?
         ORDER BY expires_at LIMIT ? FOR UPDATE`,
        [now, limit],
      );
      if (due.length === 0) return 0;
      const ids = due.map((row) => Number(row.id));
      await m.query(
        `UPDATE clients c
         JOIN (SELECT client_id, COUNT(*) AS n FROM discounts WHERE id IN (?) AND client_id IS NOT NULL
               GROUP BY client_id) d ON d.client_id = c.id
         SET c.active_discounts = GREATEST(c.active_discounts, d.n) - d.n`,
        [ids],
      );
      const result: { affectedRows: number } = await m.query(
        "UPDATE discounts SET status = 'expired', updated_at = ? WHERE id IN (?)",
        [now, ids],
      );
      return result.affectedRows;
    });
  }

  private async isActive(id: number, lock: boolean): Promise<boolean> {
    const [row] = await this.uow.query<Array<{ status: string }>>(
      `SELECT status FROM discounts WHERE id = ?${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row?.status === 'active';
  }

  /** A client's code that just stopped being `active` (redeemed, revoked) leaves its count. */
  private async leftActive(id: number): Promise<void> {
    await this.uow.query(
      `UPDATE clients c JOIN discounts d ON d.client_id = c.id
       SET c.active_discounts = GREATEST(c.active_discounts, 1) - 1 WHERE d.id = ? AND d.status <> 'active'`,
      [id],
    );
  }
}

function namesOf(raw: Raw | undefined): DiscountNames {
  const text = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));
  return {
    templateName: text(raw?.template_name) ?? '',
    clientTelegramId: raw?.client_telegram_id == null ? null : Number(raw.client_telegram_id),
    clientFirstName: text(raw?.client_first_name),
    clientLastName: text(raw?.client_last_name),
    clientUsername: text(raw?.client_username),
    cashierName: text(raw?.cashier_name),
  };
}
