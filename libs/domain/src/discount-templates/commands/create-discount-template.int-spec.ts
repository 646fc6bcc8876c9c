import {
  DiscountTemplatesSeeder,
  GetSettingsQuery,
  ListDiscountTemplatesQuery,
  UpdateDiscountTemplateCommand,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import {
  aMarketer,
  anOwner,
  aTemplate,
  createDomainTestApp,
  type DomainTestApp,
  json,
} from '@dvorik/testing';

describe('discount templates (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('dtemplates');
  });
  afterAll(() => app.close());

  it('the seeder creates the subscription and birthday templates once and points the settings at them', async () => {
    const seeder = app.context.get(DiscountTemplatesSeeder);
    await seeder.seed();
    await seeder.seed();
    const { items } = await app.queries.execute(new ListDiscountTemplatesQuery({}, 1, 50));
    const subscription = items.find((t) => t.event === 'subscription')!;
    const birthday = items.find((t) => t.event === 'birthday')!;
    expect(items).toHaveLength(2);
    expect(subscription).toMatchObject({
      name: 'Скидка за подписку',
      value: 10,
      validityDays: 30,
      recurrence: 'once',
    });
    expect(birthday).toMatchObject({
      name: 'С днём рождения',
      value: 15,
      validityDays: 14,
      recurrence: 'yearly',
    });
    const settings = await app.queries.execute(new GetSettingsQuery());
    expect(settings).toMatchObject({
      subscription_template_id: subscription.id,
      birthday_template_id: birthday.id,
    });
  });

  it('a re-seed never overrides the template an owner chose', async () => {
    const chosen = await aTemplate(app, { event: 'subscription', name: 'Подписка: летняя' });
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { subscription_template_id: chosen.id }));
    await app.context.get(DiscountTemplatesSeeder).seed();
    expect((await app.queries.execute(new GetSettingsQuery())).subscription_template_id).toBe(chosen.id);
  });

  it('validates every field and names them', async () => {
    const bad = aTemplate(app, {
      name: ' ',
      valueType: 'percent',
      value: 12.5,
      recurrence: 'weekly',
      reminderDays: [0, 400],
      usage: 'single',
      sharedCode: 'X',
    });
    await expect(bad).rejects.toMatchObject({
      code: 'DISCOUNT_TEMPLATE_INVALID',
      details: {
        fields: {
          name: expect.any(Array),
          value: ['percent value must be a whole number'],
          recurrence: expect.any(Array),
          reminderDays: expect.any(Array),
          sharedCode: expect.any(Array),
        },
      },
    });
  });

  it('a shared code is unique across templates', async () => {
    await aTemplate(app, { usage: 'shared', sharedCode: 'LETO2026', redemptionCap: 100 });
    await expect(aTemplate(app, { usage: 'shared', sharedCode: 'leto-2026' })).rejects.toMatchObject({
      code: 'DISCOUNT_TEMPLATE_SHARED_CODE_TAKEN',
    });
  });

  it('an update is validated as a whole and audited field by field', async () => {
    const template = await aTemplate(app, { value: 10, reminderDays: [7] });
    const updated = await app.commands.execute(
      new UpdateDiscountTemplateCommand(aMarketer(), template.id, { value: 20, reminderDays: [3, 7] }),
    );
    expect(updated).toMatchObject({ value: 20, reminderDays: [3, 7], name: template.name });
    await expect(
      app.commands.execute(
        new UpdateDiscountTemplateCommand(aMarketer(), template.id, { valueType: 'fixed', value: 0 }),
      ),
    ).rejects.toMatchObject({ code: 'DISCOUNT_TEMPLATE_INVALID' });
    const [event] = await app.sql<{ envelope: unknown }>(
      "SELECT envelope FROM outbox WHERE type = 'discount_template.updated' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [template.id],
    );
    expect(json(event.envelope)).toMatchObject({
      actor: { type: 'staff', staffId: 2 },
      payload: { before: { value: 10, reminderDays: [7] }, after: { value: 20, reminderDays: [3, 7] } },
    });
  });
});
