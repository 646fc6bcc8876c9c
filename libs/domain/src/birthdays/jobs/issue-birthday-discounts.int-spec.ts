import { SetBirthdayCommand, UpdateSettingsCommand } from '@dvorik/domain';
import type { Job } from 'bullmq';
import {
  aClient,
  anOwner,
  aTemplate,
  clientRows,
  createDomainTestApp,
  type DomainTestApp,
} from '@dvorik/testing';
import { IssueBirthdayDiscountsJob, type IssueBirthdayDiscountsData } from './issue-birthday-discounts.job';

describe('IssueBirthdayDiscountsJob (MariaDB + Redis)', () => {
  let app: DomainTestApp;
  let job: IssueBirthdayDiscountsJob;

  beforeAll(async () => {
    app = await createDomainTestApp('birthdays');
    const template = await aTemplate(app, {
      name: 'С днём рождения',
      event: 'birthday',
      recurrence: 'yearly',
    });
    await app.commands.execute(
      new UpdateSettingsCommand(anOwner(), { birthday_template_id: template.id, birthday_hour: 0 }),
    );
    job = app.context.get(IssueBirthdayDiscountsJob);
  });
  afterAll(() => app.close());

  const run = (data: IssueBirthdayDiscountsData = {}) =>
    job.process({
      data,
      updateProgress: async () => undefined,
    } as unknown as Job<IssueBirthdayDiscountsData>);

  async function aClientBornOn(date: string, status: 'active' | 'banned' = 'active') {
    const client = await aClient(app);
    await app.commands.execute(new SetBirthdayCommand(client.id, date));
    if (status !== 'active') await app.sql('UPDATE clients SET status = ? WHERE id = ?', [status, client.id]);
    return client.id;
  }

  const birthdayCodes = (clientIds: number[]) =>
    app.sql<{ client_id: number }>(
      `SELECT client_id FROM discounts WHERE issue_origin = 'birthday' AND client_id IN (${clientIds.join(',')}) ORDER BY client_id`,
    );

  it('three runs at once (three workers) give each celebrating client exactly one code', async () => {
    const celebrating = [await aClientBornOn('05.06.1990'), await aClientBornOn('5 июня 2001')];
    const other = await aClientBornOn('06.06.1990');
    const banned = await aClientBornOn('05.06.1985', 'banned');
    const results = await Promise.all([
      run({ date: '2027-06-05' }),
      run({ date: '2027-06-05' }),
      run({ date: '2027-06-05' }),
    ]);
    const issued = results.reduce((sum, r) => sum + ('issued' in r ? r.issued : 0), 0);
    expect(issued).toBe(2);
    expect((await birthdayCodes([...celebrating, other, banned])).map((r) => Number(r.client_id))).toEqual(
      celebrating,
    );
    const events = await app.sql(
      `SELECT id FROM outbox WHERE type = 'discount.issued' AND JSON_VALUE(envelope, '$.payload.origin') = 'birthday'`,
    );
    expect(events).toHaveLength(2);
  });

  it('a busy day (1 100 celebrating clients, several batches at once) on three workers: one code and one event each', async () => {
    const ids = await clientRows(
      app.sql,
      Array.from({ length: 1100 }, (_, i) => ({ birthday: `19${50 + (i % 50)}-07-14` })),
    );
    const results = await Promise.all([
      run({ date: '2027-07-14' }),
      run({ date: '2027-07-14' }),
      run({ date: '2027-07-14' }),
    ]);
    expect(results.reduce((sum, r) => sum + ('issued' in r ? r.issued : 0), 0)).toBe(1100);
    expect(results.reduce((sum, r) => sum + ('existing' in r ? r.existing : 0), 0)).toBe(2200);
    expect((await birthdayCodes(ids)).map((r) => Number(r.client_id))).toEqual(ids);
    const events = await app.sql<{ n: number; codes: number }>(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT JSON_VALUE(envelope, '$.payload.code')) AS codes FROM outbox
       WHERE type = 'discount.issued' AND JSON_VALUE(envelope, '$.payload.clientId') IN (?)`,
      [ids],
    );
    expect(events.map((e) => [Number(e.n), Number(e.codes)])).toEqual([[1100, 1100]]);
  });

  it('celebrates 29 February on 28 February in a common year', async () => {
    const leapling = await aClientBornOn('29.02.2000');
    const result = await run({ date: '2027-02-28' });
    expect(result).toMatchObject({ issued: 1 });
    expect(await birthdayCodes([leapling])).toHaveLength(1);
  });

  it('on the schedule it runs once a day, at or after birthday_hour', async () => {
    const first = await run();
    expect(first).toHaveProperty('issued');
    await expect(run()).resolves.toMatchObject({ skipped: 'already_done' });
  });

  it('does nothing without a birthday template', async () => {
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { birthday_template_id: null }));
    await expect(run({ date: '2027-06-05' })).resolves.toMatchObject({ skipped: 'no_template' });
  });
});
