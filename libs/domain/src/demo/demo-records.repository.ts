import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { DEMO_WORLD } from './demo-world';

export type DemoEntity = 'staff' | 'cashier' | 'campaign' | 'client' | 'discount' | 'broadcast' | 'setting';

/** Telegram ids of the people the sandbox plays: their client rows are demo rows too. */
export const DEMO_PERSON_IDS: readonly number[] = Object.values(DEMO_WORLD.people).map((p) => p.id);

/** The `demo_records` registry: which rows the demo seed created. */
@Injectable()
export class DemoRecordsRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async add(entity: DemoEntity, ids: ReadonlyArray<number | string>, now: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await this.uow.query(
        `INSERT INTO demo_records (entity, entity_id, created_at) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
        chunk.flatMap((id) => [entity, String(id), now]),
      );
    }
  }

  async ids(entity: DemoEntity): Promise<string[]> {
    const rows = await this.uow.query<Array<{ entity_id: string }>>(
      'SELECT entity_id FROM demo_records WHERE entity = ?',
      [entity],
    );
    return rows.map((row) => row.entity_id);
  }

  async present(): Promise<boolean> {
    const rows = await this.uow.query<unknown[]>('SELECT 1 FROM demo_records LIMIT 1');
    return rows.length > 0;
  }

  /** Clients that are neither seeded demo rows nor the sandbox's people. */
  async realClientCount(): Promise<number> {
    const [row] = await this.uow.query<Array<{ n: string | number }>>(
      `SELECT COUNT(*) AS n FROM clients c
       WHERE c.telegram_id NOT IN (${DEMO_PERSON_IDS.map(() => '?').join(', ')})
         AND NOT EXISTS (SELECT 1 FROM demo_records d WHERE d.entity = 'client' AND d.entity_id = CAST(c.id AS CHAR))`,
      [...DEMO_PERSON_IDS],
    );
    return Number(row.n);
  }

  /** The seeded subscription and birthday templates the demo's history refers to. */
  async seededTemplates(): Promise<{
    subscription: { id: number; value: string };
    birthday: { id: number; value: string };
  }> {
    const rows = await this.uow.query<Array<{ id: number; seed_key: string; value: string }>>(
      "SELECT id, seed_key, value FROM discount_templates WHERE seed_key IN ('subscription', 'birthday')",
    );
    const by = (key: string) => {
      const row = rows.find((r) => r.seed_key === key)!;
      return { id: Number(row.id), value: String(row.value) };
    };
    return { subscription: by('subscription'), birthday: by('birthday') };
  }
}
