import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { canSeePhones, displayName, type ClientFilter, FilteredClientsReader } from '../clients';
import { CLIENT_COLUMNS, EXPORT_PAGE_ROWS, type ExportKind, REDEMPTION_COLUMNS } from './export-columns';
import { toCsv } from './csv-writer';
import { type RedemptionExportFilter, redemptionWhere } from './redemption-export-filter';

export interface ExportSpec {
  kind: ExportKind;
  /** A parsed client filter or redemption filter, by kind. */
  filter: ClientFilter | RedemptionExportFilter;
  /** The requester's role: the phone column is blank for whoever may not see phones. */
  role: string;
  /** Keyset bound fixed at request time, so a long export is a consistent snapshot of ids. */
  maxId?: number;
}

type Row = Record<string, unknown>;

/**
 * CSV pages in id order: one keyset query (and one tag query) per page, so an export of a
 * million clients never holds more than a page. The same pages feed the inline download and
 * the job's stored file.
 */
@Injectable()
export class ExportPagesReader {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly compiler: FilteredClientsReader,
  ) {}

  columns(kind: ExportKind): readonly string[] {
    return kind === 'clients' ? CLIENT_COLUMNS : REDEMPTION_COLUMNS;
  }

  async count(spec: ExportSpec): Promise<number> {
    if (spec.kind === 'clients') return this.compiler.count(spec.filter);
    const where = redemptionWhere(spec.filter);
    const [row] = await this.uow.query<Array<{ n: string }>>(
      `SELECT COUNT(*) AS n FROM redemption_log r WHERE ${where.sql}`,
      where.params,
    );
    return Number(row.n);
  }

  async maxId(kind: ExportKind): Promise<number> {
    const table = kind === 'clients' ? 'clients' : 'redemption_log';
    const [row] = await this.uow.query<Array<{ id: string | null }>>(`SELECT MAX(id) AS id FROM ${table}`);
    return Number(row.id ?? 0);
  }

  /** One page after `afterId` as CSV text (with the header when `header`), or null at the end. */
  async page(spec: ExportSpec, afterId: number, header: boolean, size = EXPORT_PAGE_ROWS) {
    const rows =
      spec.kind === 'clients'
        ? await this.clients(spec, afterId, size)
        : await this.redemptions(spec, afterId, size);
    if (rows.length === 0) return null;
    return {
      text: toCsv(
        rows.map((r) => r.cells),
        header,
        this.columns(spec.kind),
      ),
      lastId: rows.at(-1)!.id,
      rows: rows.length,
    };
  }

  private async clients(spec: ExportSpec, afterId: number, size: number) {
    const where = this.compiler.compile(spec.filter);
    const bound = spec.maxId === undefined ? '' : ' AND c.id <= ?';
    const rows = await this.uow.query<Row[]>(
      `SELECT c.* FROM clients c WHERE ${where.sql} AND c.id > ?${bound} ORDER BY c.id LIMIT ?`,
      [...where.params, afterId, ...(spec.maxId === undefined ? [] : [spec.maxId]), size],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.id));
    const tags = await this.uow.query<Array<{ client_id: number; tag: string }>>(
      `SELECT client_id, tag FROM client_tags WHERE client_id IN (${ids.map(() => '?').join(', ')}) ORDER BY tag`,
      ids,
    );
    const tagsOf = new Map<number, string[]>();
    for (const t of tags)
      tagsOf.set(Number(t.client_id), [...(tagsOf.get(Number(t.client_id)) ?? []), t.tag]);
    const phones = canSeePhones(spec.role);
    return rows.map((r) => {
      const id = Number(r.id);
      const values: Row = { ...r, phone: phones ? r.phone : null, tags: (tagsOf.get(id) ?? []).join(';') };
      // mysql2 reads DATE as midnight UTC (the pool's zone is Z): the calendar date is its first 10 chars.
      values.birthday = r.birthday instanceof Date ? r.birthday.toISOString().slice(0, 10) : r.birthday;
      values.subscribed = Boolean(r.subscribed);
      values.is_test = Boolean(r.is_test);
      return { id, cells: CLIENT_COLUMNS.map((col) => values[col]) };
    });
  }

  private async redemptions(spec: ExportSpec, afterId: number, size: number) {
    const where = redemptionWhere(spec.filter);
    const bound = spec.maxId === undefined ? '' : ' AND r.id <= ?';
    const rows = await this.uow.query<Row[]>(
      `SELECT r.*, d.code AS discount_code, t.name AS template_name, k.name AS cashier_name,
              c.first_name AS c_first, c.last_name AS c_last, c.username AS c_username
       FROM redemption_log r
       LEFT JOIN discounts d ON d.id = r.discount_id
       LEFT JOIN discount_templates t ON t.id = d.template_id
       LEFT JOIN clients c ON c.id = r.client_id
       LEFT JOIN cashiers k ON k.id = r.cashier_id
       WHERE ${where.sql} AND r.id > ?${bound} ORDER BY r.id LIMIT ?`,
      [...where.params, afterId, ...(spec.maxId === undefined ? [] : [spec.maxId]), size],
    );
    return rows.map((r) => {
      const name = (v: unknown) => (typeof v === 'string' ? v : null);
      const values: Row = {
        ...r,
        client_name:
          r.client_id === null
            ? null
            : displayName({
                firstName: name(r.c_first),
                lastName: name(r.c_last),
                username: name(r.c_username),
              }),
        is_test: Boolean(r.is_test),
      };
      return { id: Number(r.id), cells: REDEMPTION_COLUMNS.map((col) => values[col]) };
    });
  }
}
