import type { TgMessage } from '@dvorik/testing';
import { createBotsApp } from '../apps/bots/src/create-bots-app';
import { setUpShop } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const text = (m: TgMessage) => m.text ?? '';

/**
 * Updates that wait in Telegram while the bots app starts are the first it fetches. Each must
 * reach its handler: none may be fetched before the handlers exist and so end in silence.
 */
describe('bots app start-up', () => {
  let sys: TestSystem;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'botsstart', apps: ['api'] });
    await setUpShop(sys, { admins: [TOKENS.client] });
  });
  afterAll(() => sys?.close());

  it('answers every update queued before the bots started, on the first poll', async () => {
    const shoppers = [930_001, 930_002, 930_003].map((id) =>
      sys.telegram.user({ id, firstName: `Гость${id}` }),
    );
    for (const user of shoppers) user.sendText(TOKENS.client, '/start');
    const staffer = sys.telegram.user({ id: 930_010, firstName: 'Ольга' });
    staffer.sendText(TOKENS.staff, '/start');

    const bots = await createBotsApp(sys.env);
    try {
      await bots.listen(0, '127.0.0.1');
      for (const user of shoppers) {
        // From each shopper's first message: the welcomes arrive in any order, some while an
        // earlier shopper's is still awaited.
        const welcome = await user.waitForMessage(TOKENS.client, () => true, 20_000, 0);
        expect(text(welcome)).toContain(`Гость${user.id}`);
      }
      expect(text(await staffer.waitForMessage(TOKENS.staff, () => true, 20_000, 0))).not.toBe('');
    } finally {
      await bots.close();
    }
  });
});
