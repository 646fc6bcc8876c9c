import { insertRows, type Sql } from './insert-rows';

/** A `discount_templates` row by column. */
export interface DiscountTemplateRow {
  id?: number;
  name: string;
  event: string;
  value_type: 'percent' | 'fixed';
  value: number;
  validity_days?: number | null;
  recurrence: unknown;
  reminder_days: number[];
  created_at: Date;
  updated_at: Date;
}

/**
 * A discount template row, for data sets that join `discounts` to their template without the
 * template's command (`aTemplate` is the usual way). Defaults: 10 % «Тестовая скидка», manual,
 * unlimited. Its id.
 */
export async function aTemplateRow(sql: Sql, overrides: Partial<DiscountTemplateRow> = {}): Promise<number> {
  const now = new Date();
  const { recurrence = 'unlimited', ...row } = overrides;
  const [id] = await insertRows(sql, 'discount_templates', [
    {
      name: 'Тестовая скидка',
      event: 'manual',
      value_type: 'percent',
      value: 10,
      // A JSON column: a bare string such as 'unlimited' must be stored quoted.
      recurrence: JSON.stringify(recurrence),
      reminder_days: [],
      created_at: now,
      updated_at: now,
      ...row,
    },
  ]);
  return id;
}

/** A `discounts` row by column. */
export interface DiscountRow {
  id?: number;
  code: string;
  template_id: number;
  client_id?: number | null;
  usage_type: 'single' | 'shared';
  value_type: 'percent' | 'fixed';
  value: number;
  status: 'active' | 'redeemed' | 'expired' | 'revoked';
  issued_at: Date;
  expires_at?: Date | null;
  issue_origin: string;
  issue_key: string;
  redemption_count?: number;
  is_test: boolean;
  created_at: Date;
  updated_at: Date;
}

let next = 1;

/**
 * A discount row straight into the table, for data sets of codes issued on chosen days (`aDiscount`
 * issues one through the command). Defaults: an active single-use 10 % code `SEED<n>` of template 1
 * (there is no foreign key: a template row is needed only where a query joins it), issued now and
 * never expiring, with the issue key `seed:<code>`. The client's kept `active_discounts` is the
 * caller's.
 */
export function discountRow(overrides: Partial<DiscountRow> = {}): DiscountRow {
  const code = overrides.code ?? `SEED${next++}`;
  const issuedAt = overrides.issued_at ?? new Date();
  return {
    code,
    template_id: 1,
    usage_type: 'single',
    value_type: 'percent',
    value: 10,
    status: 'active',
    issued_at: issuedAt,
    issue_origin: 'manual',
    issue_key: `seed:${code}`,
    is_test: false,
    created_at: issuedAt,
    updated_at: issuedAt,
    ...overrides,
  };
}

/** Discount rows (see `discountRow`), a thousand a statement; their ids in order. */
export function discountRows(sql: Sql, overrides: Array<Partial<DiscountRow>>): Promise<number[]> {
  return insertRows(sql, 'discounts', overrides.map(discountRow));
}
