import {
  aSettingRow,
  clientRows,
  createTestDatabase,
  type Sql,
  TEST_SERVER_URL,
  type TestDatabase,
} from '@dvorik/testing';
import { createConnection, type Connection } from 'mysql2/promise';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackupService } from './backup.service';

/** Every table's row count and a sample of its rows (the first 20 by its first column). */
async function snapshot(db: Connection, name: string) {
  const [tables] = await db.query(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name",
    [name],
  );
  const result: Record<string, { count: number; sample: unknown[] }> = {};
  for (const { t } of tables as Array<{ t: string }>) {
    const [[{ n }]] = (await db.query(`SELECT COUNT(*) AS n FROM \`${name}\`.\`${t}\``)) as unknown as [
      Array<{ n: number }>,
    ];
    const [sample] = await db.query(`SELECT * FROM \`${name}\`.\`${t}\` ORDER BY 1 LIMIT 20`);
    result[t] = { count: Number(n), sample: sample as unknown[] };
  }
  return result;
}

describe('backup:create → drop → backup:restore (MariaDB)', () => {
  let db: TestDatabase;
  let admin: Connection;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase('backup');
    const server = new URL(TEST_SERVER_URL.replace(/^mariadb:/, 'mysql:'));
    admin = await createConnection({
      host: server.hostname,
      port: Number(server.port || 3306),
      user: decodeURIComponent(server.username),
      password: decodeURIComponent(server.password),
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
    });
    dir = mkdtempSync(join(tmpdir(), 'dvorik-backups-'));
  });
  afterAll(async () => {
    await admin?.end();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every table with equal row counts and rows; refuses a non-empty database without --force; keeps the newest N', async () => {
    const q = (sql: string, params: unknown[] = []) => admin.query(`/* ${db.name} */ ${sql}`, params);
    await q(`USE \`${db.name}\``);
    const sql: Sql = async (query, params) => (await q(query, params))[0] as never;
    await clientRows(
      sql,
      Array.from({ length: 250 }, (_, i) => ({
        telegram_id: 7000001 + i,
        first_name: `Клиент 🍬 ${i + 1}`,
        last_name: 'Иванова',
        phone: '+79141234567',
        gender: 'female' as const,
        birthday: '2001-02-03',
        source: 'offline',
      })),
    );
    await aSettingRow(sql, 'code_prefix', 'МД-');
    const before = await snapshot(admin, db.name);
    expect(before.clients.count).toBe(250);

    const service = new BackupService({ databaseUrl: db.url, dir, keep: 2 });
    // Two older backups and a stranger's file in the folder: rotation keeps the newest two backups only.
    writeFileSync(join(dir, 'dvorik-20200101-000000.sql.gz'), '');
    writeFileSync(join(dir, 'dvorik-20200102-000000.sql.gz'), '');
    writeFileSync(join(dir, 'readme.txt'), 'keep me');
    const { file, pruned } = await service.create(new Date('2026-12-01T03:00:00Z'));
    expect(pruned).toEqual(['dvorik-20200101-000000.sql.gz']);
    expect(readdirSync(dir).sort()).toEqual([
      'dvorik-20200102-000000.sql.gz',
      'dvorik-20261201-030000.sql.gz',
      'readme.txt',
    ]);

    // The database still has its tables: refused, nothing touched.
    await expect(service.restore(file)).rejects.toThrow(/not empty .*--force/);
    expect((await snapshot(admin, db.name)).clients.count).toBe(250);

    await q(`DROP DATABASE \`${db.name}\``);
    await q(`CREATE DATABASE \`${db.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const { tables } = await service.restore(file);
    expect(tables).toBe(Object.keys(before).length);
    expect(await snapshot(admin, db.name)).toEqual(before);

    // --force overwrites a database that has data.
    await q(`DELETE FROM \`${db.name}\`.clients WHERE id > 10`);
    await service.restore(file, true);
    expect(await snapshot(admin, db.name)).toEqual(before);

    await expect(service.restore(join(dir, 'missing.sql.gz'))).rejects.toThrow('No such backup file');
  });
});
