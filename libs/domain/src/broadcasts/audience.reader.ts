import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';
import type { SqlFragment } from '../clients';

/**
 * The broadcast audience over `clients c`: the clients capability's declared read model for
 * audiences, reached through the condition its `FilteredClientsReader` compiles.
 */
@Injectable()
export class AudienceReader {
  constructor(private readonly uow: UnitOfWork) {}

  async count(where: SqlFragment): Promise<number> {
    const [row] = await this.uow.query<Array<{ n: number | string }>>(
      `SELECT COUNT(*) AS n FROM clients c WHERE ${where.sql}`,
      where.params,
    );
    return Number(row?.n ?? 0);
  }

  /** Active test clients (all, or those of `clientIds` that are test clients), `limit` at most. */
  async testClients(
    clientIds: number[] | undefined,
    limit: number,
  ): Promise<Array<{ clientId: number; chatId: number }>> {
    const only = clientIds?.length ? ' AND c.id IN (?)' : '';
    const rows = await this.uow.query<Array<{ id: number; telegram_id: string }>>(
      `SELECT c.id, c.telegram_id FROM clients c
       WHERE c.is_test = 1 AND c.status = 'active'${only} ORDER BY c.id LIMIT ?`,
      [...(only ? [clientIds] : []), limit],
    );
    return rows.map((r) => ({ clientId: Number(r.id), chatId: Number(r.telegram_id) }));
  }
}
