import type { Discount } from './discount.entity';
import type { DiscountNames } from './discount.view';

/** A discount with the names every view shows (template, client, redeeming cashier). */
export interface DiscountWithNames {
  discount: Discount;
  names: DiscountNames;
}

/**
 * The discount + names read as one fixed statement. The check and redeem paths (every code a
 * cashier or till names) use it instead of the query builder: building and hydrating through
 * TypeORM cost more CPU than the round trip itself. Lists keep the query builder.
 */
export const DISCOUNT_WITH_NAMES_SQL = `SELECT d.id, d.code, d.template_id, d.client_id, d.usage_type, d.value_type, d.value,
    d.min_purchase, d.status, d.issued_at, d.expires_at, d.redeemed_at, d.redeemed_by_cashier_id, d.issued_by,
    d.issue_origin, d.issue_reason, d.issue_key, d.redemption_count, d.redemption_cap, d.revoked_at, d.revoked_by,
    d.is_test, d.created_at, d.updated_at, t.name AS template_name, c.telegram_id AS client_telegram_id,
    c.first_name AS client_first_name, c.last_name AS client_last_name, c.username AS client_username,
    k.name AS cashier_name
  FROM discounts d
  INNER JOIN discount_templates t ON t.id = d.template_id
  LEFT JOIN clients c ON c.id = d.client_id
  LEFT JOIN cashiers k ON k.id = d.redeemed_by_cashier_id`;

type Cell = string | number | Date | null;
export type DiscountRow = Record<string, Cell>;

const num = (v: Cell): number | null => (v === null ? null : Number(v));
const str = (v: Cell): string | null => (v === null ? null : String(v));
const date = (v: Cell): Date | null => (v === null ? null : v instanceof Date ? v : new Date(String(v)));

export function toDiscountWithNames(row: DiscountRow): DiscountWithNames {
  const discount: Discount = {
    id: Number(row.id),
    code: String(row.code),
    templateId: Number(row.template_id),
    clientId: num(row.client_id),
    usage: row.usage_type as Discount['usage'],
    valueType: row.value_type as Discount['valueType'],
    value: String(row.value),
    minPurchase: str(row.min_purchase),
    status: row.status as Discount['status'],
    issuedAt: date(row.issued_at)!,
    expiresAt: date(row.expires_at),
    redeemedAt: date(row.redeemed_at),
    redeemedByCashierId: num(row.redeemed_by_cashier_id),
    issuedBy: num(row.issued_by),
    origin: row.issue_origin as Discount['origin'],
    reason: str(row.issue_reason),
    issueKey: String(row.issue_key),
    redemptionCount: Number(row.redemption_count),
    redemptionCap: num(row.redemption_cap),
    revokedAt: date(row.revoked_at),
    revokedBy: num(row.revoked_by),
    isTest: Number(row.is_test) === 1,
    createdAt: date(row.created_at)!,
    updatedAt: date(row.updated_at)!,
  };
  return {
    discount,
    names: {
      templateName: str(row.template_name) ?? '',
      clientTelegramId: num(row.client_telegram_id),
      clientFirstName: str(row.client_first_name),
      clientLastName: str(row.client_last_name),
      clientUsername: str(row.client_username),
      cashierName: str(row.cashier_name),
    },
  };
}
