import {
  ListMessageTemplatesQuery,
  MESSAGE_TEMPLATE_DEFAULTS,
  MessageTemplatesSeeder,
  RenderMessageQuery,
  UpdateMessageTemplateCommand,
} from '@dvorik/domain';
import { aMarketer, createDomainTestApp, type DomainTestApp, json } from '@dvorik/testing';

describe('message templates (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('msgtpl');
  });
  afterAll(() => app.close());

  it('renders the default even before seeding, escaping what clients typed', async () => {
    const text = await app.queries.execute(new RenderMessageQuery('welcome', { first_name: '<b>Ира</b>' }));
    expect(text.startsWith('Привет, &lt;b&gt;Ира&lt;/b&gt;! 🍬')).toBe(true);
  });

  it('the seeder inserts every default once and never overwrites an edit', async () => {
    const seeder = app.context.get(MessageTemplatesSeeder);
    await seeder.seed();
    await app.commands.execute(
      new UpdateMessageTemplateCommand(aMarketer(), 'welcome', 'Здравствуйте, {{first_name}}!'),
    );
    await seeder.seed();
    const rows = await app.sql<{ n: string }>('SELECT COUNT(*) AS n FROM message_templates');
    expect(Number(rows[0].n)).toBe(Object.keys(MESSAGE_TEMPLATE_DEFAULTS).length);
    const list = await app.queries.execute(new ListMessageTemplatesQuery());
    expect(list.find((t) => t.key === 'welcome')).toMatchObject({
      body: 'Здравствуйте, {{first_name}}!',
      isDefault: false,
    });
    expect(await app.queries.execute(new RenderMessageQuery('welcome', { first_name: 'Ира' }))).toBe(
      'Здравствуйте, Ира!',
    );
  });

  it('refuses an unknown placeholder or key, and audits a change before → after', async () => {
    const bad = app.commands.execute(
      new UpdateMessageTemplateCommand(aMarketer(), 'birthday_saved', 'Ура, {{name}}!'),
    );
    await expect(bad).rejects.toMatchObject({
      code: 'MESSAGE_TEMPLATE_INVALID',
      details: { key: 'birthday_saved' },
    });
    const unknown = app.commands.execute(
      new UpdateMessageTemplateCommand(aMarketer(), 'no_such_key', 'Текст'),
    );
    await expect(unknown).rejects.toMatchObject({ code: 'MESSAGE_TEMPLATE_NOT_FOUND' });
    await app.commands.execute(
      new UpdateMessageTemplateCommand(aMarketer(), 'birthday_saved', 'Запомнили 🎈'),
    );
    const [event] = await app.sql<{ envelope: string }>(
      "SELECT envelope FROM outbox WHERE type = 'message_template.updated' AND JSON_VALUE(envelope, '$.entity.id') = 'birthday_saved'",
    );
    expect(json<{ payload: unknown }>(event.envelope).payload).toEqual({
      key: 'birthday_saved',
      before: MESSAGE_TEMPLATE_DEFAULTS.birthday_saved,
      after: 'Запомнили 🎈',
    });
  });
});
