import { CountClientsQuery } from '@dvorik/domain';
import type { TgMessage, UserHandle } from '@dvorik/testing';
import { queriesOf, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

jest.setTimeout(60_000);

const WAIT = 10_000;
const text = (m: TgMessage) => m.text ?? '';
const inline = (m: TgMessage) => (m.reply_markup?.inline_keyboard ?? []).flat();
const replyKeys = (m: TgMessage) =>
  (m.reply_markup?.keyboard ?? []).flat().map((b) => (typeof b === 'string' ? { text: b } : b)) as Array<{
    text: string;
    request_contact?: boolean;
  }>;

/** «Мой профиль» and «Помощь» in the client bot (DESIGN §3 Telegram; issue 15). */
describe('journey: a client fills in their profile and asks for help', () => {
  let sys: TestSystem;
  let nextId = 930_100;

  beforeAll(async () => {
    sys = await startTestSystem({ apps: ['bots'], label: 'profile' });
  });
  afterAll(() => sys?.close());

  async function aShopper(firstName = 'Лена') {
    const user = sys.telegram.user({ id: nextId++, firstName });
    const welcome = await say(user, '/start', (m) => text(m).includes(firstName));
    return { user, welcome };
  }

  async function say(user: UserHandle, message: string, match: (m: TgMessage) => boolean = () => true) {
    const from = user.mark(TOKENS.client);
    user.sendText(TOKENS.client, message);
    return user.waitForMessage(TOKENS.client, match, WAIT, from);
  }

  async function press(user: UserHandle, message: TgMessage, data: string, match: (m: TgMessage) => boolean) {
    const from = user.mark(TOKENS.client);
    user.pressButton(TOKENS.client, message, data);
    return user.waitForMessage(TOKENS.client, match, WAIT, from);
  }

  const clientRow = async (telegramId: number) =>
    (
      await sql(
        sys,
        'SELECT phone, gender, first_name, last_name, name_set_by_client FROM clients WHERE telegram_id = ?',
        [telegramId],
      )
    )[0];

  it('the menu has DESIGN’s buttons in order; «Помощь» answers with the help text', async () => {
    const { user, welcome } = await aShopper();
    expect(replyKeys(welcome).map((b) => b.text)).toEqual([
      'Мои скидки',
      'Проверить подписку',
      'Указать дату рождения',
      'Перейти в канал',
      'Мой профиль',
      'Помощь',
    ]);
    const help = await say(user, 'Помощь');
    expect(text(help)).toContain('Как получить скидку');
    expect(text(help)).toContain('Связаться с магазином');
    expect(text(await say(user, '/help'))).toContain('Как получить скидку');
  });

  it('phone only through the contact button and only the client’s own; gender; a corrected name that Telegram does not overwrite', async () => {
    const { user } = await aShopper('Лена');
    const stranger = sys.telegram.user({ id: 930_999, firstName: 'Чужой' });

    const summary = await say(user, 'Мой профиль', (m) => text(m).includes('Ваш профиль'));
    expect(text(summary)).toContain('Телефон: не указан');
    expect(inline(summary).map((b) => b.text)).toEqual(['Телефон', 'Пол', 'Имя']);

    // The phone: Telegram's own button.
    const ask = await press(user, summary, 'profile:phone', (m) => text(m).includes('Отправить номер'));
    expect(replyKeys(ask)).toEqual([{ text: '📱 Отправить номер', request_contact: true }]);

    // Someone else's card (forwarded or picked from the address book) is refused; nothing stored.
    let from = user.mark(TOKENS.client);
    user.sendContact(TOKENS.client, '+79140000000', { of: stranger.user });
    expect(text(await user.waitForMessage(TOKENS.client, () => true, WAIT, from))).toContain(
      'Это не ваш контакт',
    );
    // A typed number proves nothing either: the question is asked again.
    expect(text(await say(user, '+7 914 111-22-33'))).toContain('Отправить номер');
    expect((await clientRow(user.id)).phone).toBeNull();

    // Their own card: saved, and the profile is shown again with it.
    from = user.mark(TOKENS.client);
    user.sendContact(TOKENS.client, '79141234567');
    await user.waitForMessage(TOKENS.client, (m) => text(m).includes('Сохранили'), WAIT, from);
    const summary2 = await user.waitForMessage(
      TOKENS.client,
      (m) => text(m).includes('Ваш профиль'),
      WAIT,
      from,
    );
    expect(text(summary2)).toContain('Телефон: +79141234567');
    expect((await clientRow(user.id)).phone).toBe('+79141234567');

    // Gender: buttons, no typing.
    const genders = await press(user, summary2, 'profile:gender', (m) => text(m).includes('Укажите ваш пол'));
    expect(inline(genders).map((b) => b.text)).toEqual(['Женский', 'Мужской', 'Не указывать']);
    const summary3 = await press(user, genders, 'profile:g_female', (m) => text(m).includes('Ваш профиль'));
    expect((await clientRow(user.id)).gender).toBe('female');

    // The name: typed, validated, then kept over Telegram's.
    expect(text(summary3)).toContain('Пол: женский');
    await press(user, summary3, 'profile:name', (m) => text(m).includes('Как к вам обращаться'));
    expect(text(await say(user, '<b>x</b>'))).toContain('Такое имя не подойдёт');
    const beforeName = user.mark(TOKENS.client);
    expect(text(await say(user, '  Елена   Прекрасная '))).toContain('Сохранили');
    const renamed = await user.waitForMessage(
      TOKENS.client,
      (m) => text(m).includes('Ваш профиль'),
      WAIT,
      beforeName,
    );
    expect(text(renamed)).toContain('Имя: Елена Прекрасная');
    expect(await clientRow(user.id)).toMatchObject({
      first_name: 'Елена',
      last_name: 'Прекрасная',
      name_set_by_client: 1,
    });
    await say(user, 'Мои скидки'); // another update from Telegram, still named «Лена» there
    expect((await clientRow(user.id)).first_name).toBe('Елена');

    // What the segments were missing: the client is now in a «women» segment.
    const women = await queriesOf(sys).execute(new CountClientsQuery({ gender: 'female' }));
    expect(women).toBeGreaterThanOrEqual(1);
  });

  it('a contact sent when nobody asked, and /cancel in the middle, change nothing', async () => {
    const { user } = await aShopper('Ира');
    let from = user.mark(TOKENS.client);
    user.sendContact(TOKENS.client, '79141234567');
    expect(text(await user.waitForMessage(TOKENS.client, () => true, WAIT, from))).toContain('меню');
    expect((await clientRow(user.id)).phone).toBeNull();

    const summary = await say(user, 'Мой профиль', (m) => text(m).includes('Ваш профиль'));
    await press(user, summary, 'profile:name', (m) => text(m).includes('Как к вам обращаться'));
    expect(text(await say(user, '/cancel'))).toContain('отменили');
    from = user.mark(TOKENS.client);
    user.sendText(TOKENS.client, 'Ирина');
    await user.waitForMessage(TOKENS.client, () => true, WAIT, from);
    expect(await clientRow(user.id)).toMatchObject({ first_name: 'Ира', name_set_by_client: 0 });
  });
});
