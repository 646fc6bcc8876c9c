import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import type { Discount } from './discount.entity';

export interface BatchClient {
  status: string;
  isTest: boolean;
}

const COLUMNS = [
  'code',
  'template_id',
  'client_id',
  'usage_type',
  'value_type',
  'value',
  'min_purchase',
  'status',
  'issued_at',
  'expires_at',
  'issued_by',
  'issue_origin',
  'issue_reason',
  'issue_key',
  'redemption_count',
  'is_test',
  'created_at',
  'updated_at',
] as const;

type NewDiscount = Omit<
  Discount,
  'id' | 'redeemedAt' | 'redeemedByCashierId' | 'redemptionCap' | 'revokedAt' | 'revokedBy'
>;

/**
 * The statements of a batch issue (IssueDiscountsBatchHandler), each one for the whole batch: the
 * daily birthday run writes ~2 000 codes, and a round trip per code was most of its time.
 */
@Injectable()
export class DiscountBatchesRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Status and is_test of the clients that exist, from ix_clients_f_id alone (no clustered row). */
  async clients(ids: number[]): Promise<Map<number, BatchClient>> {
    const rows = await this.uow.query<Array<{ id: number; status: string; is_test: number }>>(
      'SELECT id, status, is_test FROM clients FORCE INDEX (ix_clients_f_id) WHERE id IN (?)',
      [ids],
    );
    return new Map(rows.map((r) => [Number(r.id), { status: r.status, isTest: Number(r.is_test) === 1 }]));
  }

  /** The stored code and id of each issue key that is taken. */
  async byIssueKeys(keys: string[]): Promise<Map<string, { id: number; code: string }>> {
    if (keys.length === 0) return new Map();
    const rows = await this.uow.query<Array<{ id: number; code: string; issue_key: string }>>(
      'SELECT id, code, issue_key FROM discounts WHERE issue_key IN (?)',
      [keys],
    );
    return new Map(rows.map((r) => [r.issue_key, { id: Number(r.id), code: r.code }]));
  }

  /** Each client's last issue of the template (the recurrence rule's input), from ix_discounts_client_template. */
  async lastIssuedAt(clientIds: number[], templateId: number): Promise<Map<number, Date>> {
    if (clientIds.length === 0) return new Map();
    const rows = await this.uow.query<Array<{ client_id: number; last: Date | string }>>(
      `SELECT client_id, MAX(issued_at) AS last FROM discounts
       WHERE client_id IN (?) AND template_id = ? GROUP BY client_id`,
      [clientIds, templateId],
    );
    return new Map(rows.map((r) => [Number(r.client_id), new Date(r.last)]));
  }

  /**
   * One multi-row INSERT IGNORE: a row whose code or issue key is taken (a collision, or a
   * concurrent run that issued the key first: the statement waits for its commit) is skipped, and
   * the caller tells which by reading the keys back. The values are the handler's own, so IGNORE
   * hides nothing else.
   */
  async insertIgnoringTaken(rows: NewDiscount[]): Promise<void> {
    if (rows.length === 0) return;
    const placeholders = `(${COLUMNS.map(() => '?').join(', ')})`;
    await this.uow.query(
      `INSERT IGNORE INTO discounts (${COLUMNS.join(', ')}) VALUES ${rows.map(() => placeholders).join(', ')}`,
      rows.flatMap((d) => [
        d.code,
        d.templateId,
        d.clientId,
        d.usage,
        d.valueType,
        d.value,
        d.minPurchase,
        d.status,
        d.issuedAt,
        d.expiresAt,
        d.issuedBy,
        d.origin,
        d.reason,
        d.issueKey,
        d.redemptionCount,
        d.isTest,
        d.createdAt,
        d.updatedAt,
      ]),
    );
  }

  /** Each client got one more `active` code (the kept `clients.active_discounts`). */
  async countIssued(clientIds: number[]): Promise<void> {
    if (clientIds.length === 0) return;
    await this.uow.query('UPDATE clients SET active_discounts = active_discounts + 1 WHERE id IN (?)', [
      clientIds,
    ]);
  }
}
