import {
  GetClientByTelegramIdQuery,
  MarkClientBlockedCommand,
  RegisterClientCommand,
  SetBirthdayCommand,
  SetSubscriptionCommand,
  TouchClientCommand,
} from '@dvorik/domain';
import { aCampaign, aClient, createDomainTestApp, type DomainTestApp, nextTelegramId } from '@dvorik/testing';

describe('clients (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('clients');
    await aCampaign(app.sql, { name: 'Постер на Светланской', source_key: 'poster1' });
  });
  afterAll(() => app.close());

  const eventsOf = (type: string, clientId: number) =>
    app.sql("SELECT id FROM outbox WHERE type = ? AND JSON_VALUE(envelope, '$.entity.id') = ?", [
      type,
      clientId,
    ]);

  it('/start ref_<key> links the campaign and the source; the client is registered once, emoji and all', async () => {
    const telegramId = nextTelegramId();
    const start = () =>
      app.commands.execute(
        new RegisterClientCommand({
          telegramId,
          firstName: 'Лиза 🍬',
          username: 'liza',
          startPayload: 'ref_POSTER1',
          languageCode: 'ru',
        }),
      );
    const results = await Promise.all(Array.from({ length: 10 }, start));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const { client } = results[0];
    const [campaign] = await app.sql<{ id: number }>("SELECT id FROM campaigns WHERE source_key = 'poster1'");
    expect(client).toMatchObject({
      firstName: 'Лиза 🍬',
      displayName: 'Лиза 🍬',
      source: 'ref_POSTER1',
      sourceNormalized: 'poster1',
      campaignId: campaign.id,
      status: 'active',
      isTest: false,
    });
    expect(await eventsOf('client.registered', client.id)).toHaveLength(1);
  });

  it('garbage payload still registers the client as organic; test-bot clients are is_test', async () => {
    const { client } = await app.commands.execute(
      new RegisterClientCommand({
        telegramId: nextTelegramId(),
        startPayload: '../../etc/passwd',
        isTest: true,
      }),
    );
    expect(client).toMatchObject({
      source: 'organic',
      campaignId: null,
      isTest: true,
      displayName: 'Без имени',
    });
  });

  it('every update refreshes the names; a client who had blocked the bot is active again', async () => {
    const client = await aClient(app, { firstName: 'Оля' });
    await app.commands.execute(new MarkClientBlockedCommand({ telegramId: client.telegramId }));
    const { known } = await app.commands.execute(
      new TouchClientCommand({ telegramId: client.telegramId, firstName: 'Ольга', lastName: 'К.' }),
    );
    expect(known).toBe(true);
    const after = await app.queries.execute(new GetClientByTelegramIdQuery(client.telegramId));
    expect(after).toMatchObject({ displayName: 'Ольга К.', status: 'active' });
    expect(await app.commands.execute(new TouchClientCommand({ telegramId: 1 }))).toEqual({ known: false });
  });

  it('subscription changes are events only when the state changes', async () => {
    const client = await aClient(app);
    expect(await app.commands.execute(new SetSubscriptionCommand(client.id, true))).toEqual({
      changed: true,
      subscribed: true,
    });
    expect(await app.commands.execute(new SetSubscriptionCommand(client.id, true))).toEqual({
      changed: false,
      subscribed: true,
    });
    expect(await app.commands.execute(new SetSubscriptionCommand(client.id, false))).toEqual({
      changed: true,
      subscribed: false,
    });
    expect(await eventsOf('client.subscription_changed', client.id)).toHaveLength(2);
  });

  it('a birthday is parsed, set once by the client, and tags birthday_set', async () => {
    const client = await aClient(app);
    await expect(app.commands.execute(new SetBirthdayCommand(client.id, '3.2.02'))).rejects.toMatchObject({
      code: 'BIRTHDAY_INVALID',
      details: { reason: 'two_digit_year' },
    });
    expect(await app.commands.execute(new SetBirthdayCommand(client.id, '3 февраля 2002'))).toEqual({
      birthday: '2002-02-03',
    });
    await expect(app.commands.execute(new SetBirthdayCommand(client.id, '04.02.2002'))).rejects.toMatchObject(
      {
        code: 'BIRTHDAY_ALREADY_SET',
      },
    );
    const after = await app.queries.execute(new GetClientByTelegramIdQuery(client.telegramId));
    expect(after).toMatchObject({ birthday: '2002-02-03', tags: ['birthday_set'] });
    const [row] = await app.sql<{ birthday_md: number }>('SELECT birthday_md FROM clients WHERE id = ?', [
      client.id,
    ]);
    expect(row.birthday_md).toBe(203);
  });
});
