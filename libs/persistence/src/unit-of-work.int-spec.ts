import { createDomainTestApp, type DomainTestApp } from '@dvorik/testing';
import { QueryFailedError } from 'typeorm';
import { isDuplicateKeyError } from './sql-errors';
import { UnitOfWork } from './unit-of-work';

describe('UnitOfWork.query', () => {
  let app: DomainTestApp;
  let uow: UnitOfWork;

  beforeAll(async () => {
    app = await createDomainTestApp('unit_of_work');
    uow = app.context.get(UnitOfWork);
    await uow.query('CREATE TABLE uow_probe (id INT PRIMARY KEY, note VARCHAR(20) NOT NULL)');
  });
  afterAll(() => app?.close());

  it('answers rows and result headers inside a transaction, as manager.query does outside', async () => {
    const inside = await uow.run(async () => {
      const insert = await uow.query<{ affectedRows: number }>(
        'INSERT INTO uow_probe (id, note) VALUES (?, ?), (?, ?)',
        [1, 'один', 2, 'два'],
      );
      const rows = await uow.query<Array<{ id: number; note: string }>>(
        'SELECT id, note FROM uow_probe WHERE id IN (?) ORDER BY id',
        [[1, 2]],
      );
      return { affected: insert.affectedRows, rows };
    });
    expect(inside).toEqual({
      affected: 2,
      rows: [
        { id: 1, note: 'один' },
        { id: 2, note: 'два' },
      ],
    });
    await expect(uow.query('SELECT note FROM uow_probe WHERE id = ?', [2])).resolves.toEqual([
      { note: 'два' },
    ]);
  });

  it("fails with TypeORM's QueryFailedError and rolls the whole transaction back", async () => {
    const failed = await uow
      .run(async () => {
        await uow.query('INSERT INTO uow_probe (id, note) VALUES (?, ?)', [3, 'три']);
        await uow.query('INSERT INTO uow_probe (id, note) VALUES (?, ?)', [1, 'дубль']);
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(QueryFailedError);
    expect(isDuplicateKeyError(failed, 'PRIMARY')).toBe(true);
    expect((failed as QueryFailedError).query).toContain('INSERT INTO uow_probe');
    await expect(uow.query('SELECT id FROM uow_probe WHERE id = 3')).resolves.toEqual([]);
  });
});
