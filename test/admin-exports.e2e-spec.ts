import { CommandBus } from '@nestjs/cqrs';
import {
  CLIENT_COLUMNS,
  INLINE_EXPORT_LIMIT,
  REDEMPTION_COLUMNS,
  RegisterClientCommand,
  RequestExportCommand,
  UpdateClientCommand,
} from '@dvorik/domain';
import { UnitOfWork } from '@dvorik/persistence';
import { clientRows, eventually } from '@dvorik/testing';
import { text } from 'node:stream/consumers';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

const BOM = '\uFEFF';
const rowsOf = (csv: string) => csv.replace(BOM, '').trim().split('\n');

describe('Administration: CSV exports (inline, as a job, to Telegram)', () => {
  let sys: TestSystem;
  let t: RoleTokens;
  const owner = { type: 'staff' as const, staffId: 1, role: 'owner' };

  async function csv(json: unknown, token: string) {
    const res = await fetch(`${sys.apiUrl}/api/v1/exports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    // Bytes, not res.text(): a TextDecoder would swallow the BOM this test checks for.
    const body = Buffer.from(await res.arrayBuffer()).toString('utf8');
    return { status: res.status, type: res.headers.get('content-type'), body };
  }
  const job = (id: string) =>
    eventually(
      () => sys.api(`/api/v1/jobs/${id}`, { token: t.marketing }),
      (r) => r.body.status === 'done',
      { timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'admin_exports', apps: ['api', 'worker'] });
    t = await staffTokens(sys.apps.api!);
    const commands = sys.apps.api!.get(CommandBus);
    const { client } = await commands.execute(
      new RegisterClientCommand({ telegramId: 6_200_001, firstName: 'Лиза, "Сладкоежка"', username: 'liza' }),
    );
    await commands.execute(
      new UpdateClientCommand(owner, client.id, { phone: '+79140000001', tags: ['vip', 'опт'] }),
    );
  });
  afterAll(() => sys?.close());

  it('streams a small client export with the documented columns; the phone follows the requester’s role', async () => {
    const res = await csv({ kind: 'clients', filter: { tags: { any: ['vip'] } } }, t.marketing);
    expect(res).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(res.body.startsWith(BOM)).toBe(true);
    const [header, row, ...rest] = rowsOf(res.body);
    expect(header).toBe(CLIENT_COLUMNS.join(','));
    expect(rest).toEqual([]);
    const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    const record = Object.fromEntries(CLIENT_COLUMNS.map((col, i) => [col, cells[i]]));
    expect(record).toMatchObject({
      telegram_id: '6200001',
      username: 'liza',
      first_name: '"Лиза, ""Сладкоежка"""',
      phone: '+79140000001',
      tags: 'vip;опт',
      subscribed: 'false',
      status: 'active',
      is_test: 'false',
    });
    expect((await csv({ kind: 'clients' }, t.readonly)).status).toBe(403);
    // The writer itself applies the phone policy, whoever asks through whatever edge.
    const readonly = { type: 'staff' as const, staffId: 3, role: 'readonly' };
    const outcome = await sys.apps
      .api!.get(CommandBus)
      .execute(new RequestExportCommand(readonly, { kind: 'clients' }));
    if (outcome.mode !== 'inline') throw new Error('expected an inline export');
    const [, readonlyRow] = rowsOf(await text(outcome.stream));
    expect(readonlyRow).toContain(',liza,');
    expect(readonlyRow).not.toContain('+7914');
    // A name a spreadsheet would run as a formula is written as text.
    const { client: evil } = await sys.apps
      .api!.get(CommandBus)
      .execute(new RegisterClientCommand({ telegramId: 6_200_002, firstName: '=HYPERLINK("http://x")' }));
    await sys.apps
      .api!.get(CommandBus)
      .execute(new UpdateClientCommand(owner, evil.id, { tags: ['formula'] }));
    const [, evilRow] = rowsOf(
      (await csv({ kind: 'clients', filter: { tags: { any: ['formula'] } } }, t.owner)).body,
    );
    expect(evilRow).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('exports the redemption log with its own fixed columns, and refuses a bad filter', async () => {
    const res = await csv({ kind: 'redemptions', filter: { result: 'success' } }, t.owner);
    expect(rowsOf(res.body)).toEqual([REDEMPTION_COLUMNS.join(',')]);
    const bad = await sys.api('/api/v1/exports', {
      method: 'POST',
      token: t.owner,
      json: { kind: 'redemptions', filter: { cashier: 1 } },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { code: 'EXPORT_INVALID', details: { fields: { cashier: ['unknown filter key'] } } },
    });
  });

  it(`runs more than ${INLINE_EXPORT_LIMIT} rows as a job whose file streams from the database`, async () => {
    const uow = sys.apps.api!.get(UnitOfWork);
    await clientRows(
      (query, params) => uow.manager.query(query, params),
      Array.from({ length: 11_000 }, (_, i) => ({
        telegram_id: 7_000_000 + i,
        first_name: `Клиент ${7_000_000 + i}`,
      })),
    );
    const queued = await sys.api('/api/v1/exports', {
      method: 'POST',
      token: t.marketing,
      json: { kind: 'clients' },
    });
    expect(queued).toMatchObject({ status: 202, body: { status: 'queued', rows: 11_002 } });
    const done = await job(queued.body.jobId);
    expect(done.body).toMatchObject({
      kind: 'export_clients',
      progress: 100,
      processed: 11_002,
      file: { bytes: expect.any(Number) },
    });
    const file = await fetch(`${sys.apiUrl}${done.body.downloadUrl}`, {
      headers: { authorization: `Bearer ${t.owner}` },
    });
    const lines = rowsOf(await file.text());
    expect(lines[0]).toBe(CLIENT_COLUMNS.join(','));
    expect(lines).toHaveLength(11_003);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(11_002);
  });

  it('«отправить в Telegram»: the staff bot sends the file to whoever asked', async () => {
    const queued = await sys.api('/api/v1/exports', {
      method: 'POST',
      token: t.marketing,
      json: { kind: 'clients', filter: { tags: { any: ['vip'] } }, deliver: 'telegram' },
    });
    expect(queued.status).toBe(202);
    await job(queued.body.jobId);
    const sent = await sys.telegram.waitForCall('sendDocument', { chat_id: '800001' }, 15_000);
    expect(sent.ok).toBe(true);
    const delivered = await eventually(
      () => sys.api(`/api/v1/jobs/${queued.body.jobId}`, { token: t.marketing }),
      (r) => r.body.result?.delivery === 'sent',
    );
    expect(delivered.body.result).toMatchObject({ rows: 1, delivery: 'sent' });
  });
});
