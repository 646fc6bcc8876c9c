import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';

/**
 * Clients celebrating on a day, read by keyset pages over the indexed `birthday_md`
 * (`(birthday_md, id)` in InnoDB's secondary index): each page is an index range, however
 * many million clients there are. Banned and blocked clients are skipped: they hear nothing.
 */
@Injectable()
export class BirthdayClientsReader {
  constructor(private readonly uow: UnitOfWork) {}

  async page(birthdayMd: number, afterId: number, limit: number): Promise<number[]> {
    const rows: Array<{ id: number | string }> = await this.uow.manager.query(
      "SELECT id FROM clients WHERE birthday_md = ? AND id > ? AND status = 'active' ORDER BY id LIMIT ?",
      [birthdayMd, afterId, limit],
    );
    return rows.map((row) => Number(row.id));
  }
}
