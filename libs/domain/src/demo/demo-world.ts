/**
 * The demo world `npm start` runs without bot tokens: the emulator creates these bots, this
 * channel and these people; the demo seed writes the shop that matches them. Plain constants
 * (no imports), so the emulator can load this file without the domain.
 */
export const DEMO_WORLD = {
  bots: {
    client: {
      token: '8000001:demo-client-bot-token',
      username: 'dvorik_demo_bot',
      firstName: 'Мармеладный дворик',
    },
    staff: {
      token: '8000002:demo-staff-bot-token',
      username: 'dvorik_demo_staff_bot',
      firstName: 'Дворик · касса',
    },
  },
  channel: {
    id: -1001000000001,
    title: 'Мармеладный дворик',
    username: 'marmelad_dvorik_demo',
    link: 'https://t.me/marmelad_dvorik_demo',
  },
  /** The people a visitor plays in the sandbox. */
  people: {
    owner: { id: 1000001, firstName: 'Анна', lastName: 'Владелец' },
    cashier: { id: 1000002, firstName: 'Ольга', lastName: 'Кассир', store: 'Светланская, 1' },
    shopper: { id: 1000003, firstName: 'Маша', lastName: 'Покупатель' },
  },
  /** Telegram ids of the seeded demo clients start after this one. */
  clientIdBase: 2_000_000,
} as const;
