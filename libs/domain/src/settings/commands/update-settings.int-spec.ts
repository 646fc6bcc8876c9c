import { GetSettingsQuery, SETTING_DEFAULTS, SettingsReader, UpdateSettingsCommand } from '@dvorik/domain';
import { anOwner, createDomainTestApp, type DomainTestApp, json } from '@dvorik/testing';

describe('settings (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('settings');
  });
  afterAll(() => app.close());

  it('starts with the documented defaults', async () => {
    expect(await app.queries.execute(new GetSettingsQuery())).toEqual(SETTING_DEFAULTS);
  });

  it('saves typed values, audits only what changed (before → after), and the cached reader sees it at once', async () => {
    const reader = app.context.get(SettingsReader);
    expect(await reader.get('birthday_hour')).toBe(9);
    const after = await app.commands.execute(
      new UpdateSettingsCommand(anOwner(), {
        birthday_hour: 10,
        telegram_channel_id: -1001234567890,
        paid_broadcast: false,
      }),
    );
    expect(after).toMatchObject({ birthday_hour: 10, telegram_channel_id: '-1001234567890' });
    expect(await reader.get('birthday_hour')).toBe(10);
    const [event] = await app.sql<{ envelope: string }>(
      "SELECT envelope FROM outbox WHERE type = 'settings.updated'",
    );
    expect(json(event.envelope)).toMatchObject({
      actor: { type: 'staff', staffId: 1 },
      payload: {
        changes: {
          birthday_hour: { before: 9, after: 10 },
          telegram_channel_id: { before: null, after: '-1001234567890' },
        },
      },
    });
    expect(json<{ payload: { changes: object } }>(event.envelope).payload.changes).not.toHaveProperty(
      'paid_broadcast',
    );
  });

  it('refuses the whole change, naming every key at fault, and writes nothing', async () => {
    const change = app.commands.execute(
      new UpdateSettingsCommand(anOwner(), {
        birthday_hour: 24,
        code_prefix: 'СЛИШКОМ-ДЛИННЫЙ',
        unknown_key: 1,
        sources: ['ok'],
      }),
    );
    await expect(change).rejects.toMatchObject({
      code: 'SETTINGS_INVALID',
      details: {
        fields: {
          birthday_hour: expect.any(Array),
          code_prefix: expect.any(Array),
          unknown_key: ['unknown setting'],
        },
      },
    });
    expect((await app.queries.execute(new GetSettingsQuery())).sources).toEqual(SETTING_DEFAULTS.sources);
  });

  it('allows a broadcast rate above 30 only in paid mode', async () => {
    await expect(
      app.commands.execute(new UpdateSettingsCommand(anOwner(), { broadcast_rate: 100 })),
    ).rejects.toMatchObject({
      code: 'SETTINGS_INVALID',
      details: { fields: { broadcast_rate: expect.any(Array) } },
    });
    const paid = await app.commands.execute(
      new UpdateSettingsCommand(anOwner(), { paid_broadcast: true, broadcast_rate: 100 }),
    );
    expect(paid).toMatchObject({ paid_broadcast: true, broadcast_rate: 100 });
  });
});
