import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily birthday scan (`birthday_md = ? AND status = 'active' AND id > ? ORDER BY id`) read
 * (birthday_md, id) from ix_clients_birthday_md and then each candidate's clustered row for its
 * status: ~2 000 random row reads a day at a million clients, which do not fit the 128 MB pool
 * (0.2–0.4 s per page of 1 000 cold). With status in the index, (birthday_md, status, id) answers
 * the page by itself, in id order: an index-only range of a few milliseconds. Queries on
 * birthday_md alone still use its prefix.
 */
export class BirthdayScan1764830000000 implements MigrationInterface {
  name = 'BirthdayScan1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE clients DROP KEY ix_clients_birthday_md, ADD KEY ix_clients_birthday_md (birthday_md, status)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE clients DROP KEY ix_clients_birthday_md, ADD KEY ix_clients_birthday_md (birthday_md)',
    );
  }
}
