import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import { Client } from './client.entity';

/** Staff-side writes to clients (edits, bulk tags); joins the current transaction. */
@Injectable()
export class ClientAdminRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findForUpdate(id: number): Promise<Client | null> {
    return this.uow.manager
      .createQueryBuilder(Client, 'c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(id: number, values: Partial<Omit<Client, 'id'>>): Promise<void> {
    await this.uow.manager.update(Client, { id }, values);
  }

  async replaceTags(clientId: number, tags: string[], at: Date): Promise<void> {
    await this.uow.query('DELETE FROM client_tags WHERE client_id = ?', [clientId]);
    await this.addTags([clientId], tags, at);
  }

  /** One statement per chunk: every (client, tag) pair, existing ones left as they are. */
  async addTags(clientIds: number[], tags: string[], at: Date): Promise<number> {
    if (clientIds.length === 0 || tags.length === 0) return 0;
    const pairs = clientIds.flatMap((id) => tags.map((tag) => [id, tag, at]));
    const result: { affectedRows: number } = await this.uow.query(
      `INSERT IGNORE INTO client_tags (client_id, tag, created_at) VALUES ${pairs.map(() => '(?, ?, ?)').join(', ')}`,
      pairs.flat(),
    );
    return result.affectedRows;
  }

  async removeTags(clientIds: number[], tags: string[]): Promise<number> {
    if (clientIds.length === 0 || tags.length === 0) return 0;
    const result: { affectedRows: number } = await this.uow.query(
      `DELETE FROM client_tags WHERE client_id IN (${clientIds.map(() => '?').join(', ')}) AND tag IN (${tags.map(() => '?').join(', ')})`,
      [...clientIds, ...tags],
    );
    return result.affectedRows;
  }

  /** Clients that would end up with more than `max` tags if `adding` were added. */
  async overTagLimit(clientIds: number[], adding: string[], max: number): Promise<number[]> {
    if (clientIds.length === 0 || adding.length === 0) return [];
    const rows = await this.uow.query<Array<{ client_id: number }>>(
      `SELECT client_id FROM client_tags WHERE client_id IN (${clientIds.map(() => '?').join(', ')})
         AND tag NOT IN (${adding.map(() => '?').join(', ')})
       GROUP BY client_id HAVING COUNT(*) + ? > ?`,
      [...clientIds, ...adding, adding.length, max],
    );
    return rows.map((r) => Number(r.client_id));
  }

  /** Existing ids among `ids`, with their status (bulk jobs skip unknown ids, never fail on them). */
  async existing(ids: number[]): Promise<Array<{ id: number; status: string }>> {
    if (ids.length === 0) return [];
    const rows = await this.uow.query<Array<{ id: number; status: string }>>(
      `SELECT id, status FROM clients WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`,
      ids,
    );
    return rows.map((r) => ({ id: Number(r.id), status: r.status }));
  }
}
