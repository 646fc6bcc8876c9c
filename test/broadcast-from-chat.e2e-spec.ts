import { CreateSegmentCommand, CreateStaffCommand, StaffRole, UpdateSettingsCommand } from '@dvorik/domain';
import { anOwner, eventually, TEST_WAIT_MS, type UserHandle } from '@dvorik/testing';
import { type Domain, domainOf, setRate, waitForStatus } from './support/broadcast-kit';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { updateHandled } from './support/settle';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

type Button = { text: string; callback_data: string };
const keyboard = (m: { reply_markup?: unknown }) =>
  (m.reply_markup as { inline_keyboard: Button[][] }).inline_keyboard;

/** DESIGN §2 "From the bot": a staff member broadcasts by writing to the client bot. */
describe('journey: a broadcast from the client bot chat', () => {
  let sys: TestSystem;
  let domain: Domain;
  let staff: UserHandle;
  let colleague: UserHandle;
  let tokens: RoleTokens;

  beforeAll(async () => {
    sys = await startTestSystem({ apps: ['api', 'worker', 'bots'], label: 'bchat' });
    domain = domainOf(sys.apps.worker!);
    for (const [telegramId, name] of [
      [910_001, 'Анна'],
      [910_002, 'Борис'],
    ] as const) {
      await domain.commands.execute(
        new CreateStaffCommand(anOwner(), {
          telegramId,
          name,
          role: StaffRole.Marketing,
          canBroadcastFromChat: true,
        }),
      );
    }
    tokens = await staffTokens(sys.apps.api!);
    await setRate(domain, 100, true);
    staff = sys.telegram.user({ id: 910_001, firstName: 'Анна' });
    colleague = sys.telegram.user({ id: 910_002, firstName: 'Борис' });
  });
  afterAll(() => sys?.close());

  const setMode = (on: boolean) =>
    domain.commands.execute(new UpdateSettingsCommand(anOwner(), { auto_broadcast_from_admins: on }));

  it('while the mode is off the bot says so and nothing is created', async () => {
    await setMode(false);
    const from = staff.mark(TOKENS.client);
    staff.sendText(TOKENS.client, 'Сегодня скидка 20 % на всё!');
    const reply = await staff.waitForMessage(TOKENS.client, () => true, TEST_WAIT_MS, from);
    expect(reply.text).toContain('Режим рассылки из чата отключён');
    expect(await domain.sql('SELECT id FROM broadcasts')).toEqual([]);
  });

  it('photo → preset audience → count → confirm → sent by the worker with origin bot, no re-upload', async () => {
    await setMode(true);
    const subscribed = await domain.clients(3, { subscribed: true });
    await domain.clients(2, { subscribed: false });

    const from = staff.mark(TOKENS.client);
    staff.sendPhoto(TOKENS.client, { caption: 'Новый вкус: манго 🥭' });
    const ask = await staff.waitForMessage(
      TOKENS.client,
      (m) => (m.text ?? '').includes('Кому отправить'),
      TEST_WAIT_MS,
      from,
    );
    const buttons = keyboard(ask)
      .flat()
      .map((b) => b.text);
    expect(buttons).toEqual([
      'Подписчики канала',
      'Не подписаны на канал',
      'VIP',
      'Без активной скидки',
      'Всем клиентам',
      'Отмена',
    ]);

    staff.pressButton(TOKENS.client, ask, keyboard(ask)[0][0].callback_data);
    const confirm = await eventually(
      async () => staff.messagesFrom(TOKENS.client).find((m) => m.message_id === ask.message_id)!,
      (m) => (m.text ?? '').startsWith('Вы собираетесь отправить'),
    );
    expect(confirm.text).toBe('Вы собираетесь отправить 3 пользователям («Подписчики канала»). Отправить?');
    staff.pressButton(TOKENS.client, confirm, keyboard(confirm)[0][0].callback_data);

    const [{ id }] = await eventually(
      () =>
        domain.sql<{ id: number }>("SELECT id FROM broadcasts WHERE origin = 'bot' AND status <> 'draft'"),
      (rows) => rows.length === 1,
    );
    const done = await waitForStatus(domain, id, ['sent', 'failed']);
    expect(done).toMatchObject({ origin: 'bot', title: 'Новый вкус: манго 🥭', media: { kind: 'photo' } });
    expect(done.stats).toMatchObject({ total: 3, sent: 3 });
    const photos = sys.telegram.callsTo('sendPhoto', (c) => c.token === TOKENS.client);
    expect(photos.map((c) => c.params.chat_id).sort()).toEqual(subscribed.map((c) => c.telegramId).sort());
    // The staff member's own photo is reused by its file_id: Telegram already has it.
    expect(photos.every((c) => c.media?.[0].source === 'file_id')).toBe(true);
    expect(photos[0].params.caption).toBe('Новый вкус: манго 🥭');
  });

  it('a client who is not staff is answered as a client, not asked for an audience', async () => {
    const client = sys.telegram.user({ id: 910_777, firstName: 'Ира' });
    const from = client.mark(TOKENS.client);
    client.sendText(TOKENS.client, '/start');
    const hello = client.sendText(TOKENS.client, 'Привет!');
    await updateHandled(sys.telegram, TOKENS.client, hello);
    const texts = client
      .messagesFrom(TOKENS.client)
      .slice(from)
      .map((m) => m.text ?? '');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => t.includes('Кому отправить'))).toBe(false);
  });

  it('saved segments are offered beside the presets, each counted before confirming; cancel leaves nothing', async () => {
    await setMode(true);
    const women = await domain.clients(2, { subscribed: true });
    await domain.sql("UPDATE clients SET gender = 'female' WHERE id IN (?)", [women.map((c) => c.id)]);
    const segment = await domain.commands.execute(
      new CreateSegmentCommand(anOwner(), {
        name: 'Женщины',
        filter: { gender: 'female', status: 'active' },
      }),
    );

    const from = staff.mark(TOKENS.client);
    staff.sendText(TOKENS.client, 'Только для вас: новый мармелад 🍓');
    const ask = await staff.waitForMessage(
      TOKENS.client,
      (m) => (m.text ?? '').includes('Кому отправить'),
      10_000,
      from,
    );
    const offered = keyboard(ask).flat();
    expect(offered.map((b) => b.text)).toEqual([
      'Подписчики канала',
      'Не подписаны на канал',
      'VIP',
      'Без активной скидки',
      'Женщины',
      'Всем клиентам',
      'Отмена',
    ]);
    const saved = offered.find((b) => b.text === 'Женщины')!;
    expect(saved.callback_data).toMatch(new RegExp(`:s${segment.id}$`));
    staff.pressButton(TOKENS.client, ask, saved.callback_data);
    const confirm = await eventually(
      async () => staff.messagesFrom(TOKENS.client).find((m) => m.message_id === ask.message_id)!,
      (m) => (m.text ?? '').startsWith('Вы собираетесь отправить'),
    );
    expect(confirm.text).toBe('Вы собираетесь отправить 2 пользователям («Женщины»). Отправить?');
    const [draft] = await domain.sql<{ id: number; audience: unknown }>(
      "SELECT id, audience FROM broadcasts WHERE status = 'draft' ORDER BY id DESC LIMIT 1",
    );
    const audience = typeof draft.audience === 'string' ? JSON.parse(draft.audience) : draft.audience;
    expect(audience).toMatchObject({ segmentId: segment.id });

    staff.pressButton(TOKENS.client, confirm, keyboard(confirm)[0][1].callback_data);
    await eventually(
      async () => staff.messagesFrom(TOKENS.client).find((m) => m.message_id === ask.message_id)!,
      (m) => m.text === 'Рассылка отменена.',
    );
    expect(await domain.sql('SELECT id FROM broadcasts WHERE id = ?', [draft.id])).toEqual([]);
  });

  it("only the author disposes of a chat draft: a colleague's forged buttons are refused, the API shows it untouched", async () => {
    await setMode(true);
    await domain.clients(2, { subscribed: true });
    const ask = async (user: UserHandle, text: string) => {
      const from = user.mark(TOKENS.client);
      user.sendText(TOKENS.client, text);
      return user.waitForMessage(
        TOKENS.client,
        (m) => (m.text ?? '').includes('Кому отправить'),
        TEST_WAIT_MS,
        from,
      );
    };
    const annaAsk = await ask(staff, 'Черновик Анны');
    const annaDraft = Number(/^bfc:(\d+):/.exec(keyboard(annaAsk)[0][0].callback_data)![1]);
    const borisAsk = await ask(colleague, 'Черновик Бориса');
    const viaApi = () => sys.api(`/api/v1/broadcasts/${annaDraft}`, { token: tokens.owner });
    const before = await viaApi();
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ id: annaDraft, status: 'draft', origin: 'bot' });

    // Boris's client sends Anna's draft id on his own message: audience, launch and cancel.
    for (const choice of ['subscribed', 'go', 'x']) {
      const query = colleague.pressButton(TOKENS.client, borisAsk, `bfc:${annaDraft}:${choice}`, {
        forged: true,
      });
      const answer = await eventually(
        async () => sys.telegram.callbackAnswer(query),
        (a) => a !== undefined,
      );
      expect(answer).toMatchObject({ text: 'Эта рассылка вам недоступна.', showAlert: true });
    }

    const after = await viaApi();
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);

    // Anna herself still can: audience, then launch.
    staff.pressButton(TOKENS.client, annaAsk, keyboard(annaAsk)[0][0].callback_data);
    const confirm = await eventually(
      async () => staff.messagesFrom(TOKENS.client).find((m) => m.message_id === annaAsk.message_id)!,
      (m) => (m.text ?? '').startsWith('Вы собираетесь отправить'),
    );
    staff.pressButton(TOKENS.client, confirm, keyboard(confirm)[0][0].callback_data);
    const done = await waitForStatus(domain, annaDraft, ['sent', 'failed']);
    expect(done).toMatchObject({ origin: 'bot', status: 'sent' });
  });
});
