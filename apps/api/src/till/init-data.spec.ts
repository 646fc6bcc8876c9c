import { createHmac } from 'node:crypto';
import { INIT_DATA_MAX_AGE_SECONDS, verifyInitData } from './init-data';

const STAFF = '700001:staff-bot-token-for-the-spec';
const TWIN = '700002:staff-test-bot-token-for-the-spec';
const CLIENT = '700003:client-bot-token-for-the-spec';

/** Signed as Telegram documents it, written out independently of the library under test. */
function signed(token: string, fields: Record<string, string>): string {
  const params = new URLSearchParams(fields);
  const dataCheckString = [...params.entries()]
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
  const secret = createHmac('sha256', 'WebAppData').update(token).digest();
  params.set('hash', createHmac('sha256', secret).update(dataCheckString).digest('hex'));
  return params.toString();
}

const now = () => Math.floor(Date.now() / 1000);
const fieldsOf = (userId: number, authDate = now()) => ({
  query_id: 'AAHdF6IQAAAAAN0XohDhrOrc',
  user: JSON.stringify({ id: userId, first_name: 'Ольга', username: 'olga_till' }),
  auth_date: String(authDate),
});

describe('verifyInitData (Telegram Mini App initData)', () => {
  it('accepts data signed by the staff bot and names the user and the bot', () => {
    expect(verifyInitData(signed(STAFF, fieldsOf(42)), [STAFF, TWIN])).toEqual({
      ok: true,
      telegramId: 42,
      botIndex: 0,
    });
    expect(verifyInitData(signed(TWIN, fieldsOf(43)), [STAFF, TWIN])).toMatchObject({
      ok: true,
      botIndex: 1,
    });
  });

  it("refuses another bot's signature", () => {
    expect(verifyInitData(signed(CLIENT, fieldsOf(42)), [STAFF, TWIN])).toMatchObject({ ok: false });
    expect(verifyInitData(signed(STAFF, fieldsOf(42)), [])).toMatchObject({ ok: false });
  });

  it('refuses any change to a signed field, and a missing or malformed hash', () => {
    const data = signed(STAFF, fieldsOf(42));
    const tampered = [
      data.replace(encodeURIComponent('"id":42'), encodeURIComponent('"id":43')),
      data.replace(/auth_date=\d+/, `auth_date=${now() + 1}`),
      `${data}&chat_type=private`,
      data.replace(/&hash=[0-9a-f]+/, ''),
      data.replace(/hash=[0-9a-f]+/, 'hash=zz'),
      '',
      'garbage',
    ];
    for (const value of tampered) expect(verifyInitData(value, [STAFF])).toMatchObject({ ok: false });
  });

  it('refuses data older than an hour, accepts it just inside the hour', () => {
    const old = signed(STAFF, fieldsOf(42, now() - INIT_DATA_MAX_AGE_SECONDS - 5));
    expect(verifyInitData(old, [STAFF])).toMatchObject({ ok: false });
    const recent = signed(STAFF, fieldsOf(42, now() - INIT_DATA_MAX_AGE_SECONDS + 60));
    expect(verifyInitData(recent, [STAFF])).toMatchObject({ ok: true });
  });

  it('refuses data dated in the future and data with no usable user', () => {
    expect(verifyInitData(signed(STAFF, fieldsOf(42, now() + 3600)), [STAFF])).toMatchObject({ ok: false });
    const noUser = signed(STAFF, { auth_date: String(now()), query_id: 'x' });
    expect(verifyInitData(noUser, [STAFF])).toEqual({ ok: false, reason: 'no user' });
    const badUser = signed(STAFF, { auth_date: String(now()), user: '{"id":"42"}' });
    expect(verifyInitData(badUser, [STAFF])).toEqual({ ok: false, reason: 'no user' });
  });
});
