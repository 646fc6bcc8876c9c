import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@dvorik/persistence';

/**
 * Clients celebrating on a day, read by keyset pages over `ix_clients_birthday_md`
 * (`(birthday_md, status, id)` in InnoDB's secondary index, migration `1764830000000-birthday-scan`):
 * each page is an index-only range, however many million clients there are, with no clustered
 * row read per candidate. Banned and blocked clients are skipped: they hear nothing.
 */
@Injectable()
export class BirthdayClientsReader {
  constructor(private readonly uow: UnitOfWork) {}

  async page(birthdayMd: number, afterId: number, limit: number): Promise<number[]> {
    const rows: Array<{ id: number | string }> = await this.uow.query(
      "SELECT id FROM clients WHERE birthday_md = ? AND id > ? AND status = 'active' ORDER BY id LIMIT ?",
      [birthdayMd, afterId, limit],
    );
    return rows.map((row) => Number(row.id));
  }
}
