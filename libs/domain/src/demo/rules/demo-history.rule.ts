import { generateDiscountCode } from '../../discounts';

/** A small seeded PRNG (mulberry32): the same seed gives the same demo shop on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FEMALE = [
  'Анна',
  'Мария',
  'Елена',
  'Ольга',
  'Наталья',
  'Ирина',
  'Светлана',
  'Дарья',
  'Алина',
  'Ксения',
  'Полина',
  'Виктория',
];
const MALE = [
  'Иван',
  'Алексей',
  'Дмитрий',
  'Сергей',
  'Андрей',
  'Максим',
  'Никита',
  'Павел',
  'Артём',
  'Егор',
  'Михаил',
  'Кирилл',
];
const SURNAMES = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Ким',
  'Пак',
  'Ли',
];
const CAMPAIGN_KEYS = ['poster', 'instagram'] as const;
export type DemoCampaignKey = (typeof CAMPAIGN_KEYS)[number];

export interface DemoClientPlan {
  telegramId: number;
  firstName: string;
  lastName: string;
  username: string | null;
  gender: 'male' | 'female';
  birthday: string | null;
  source: string;
  campaign: DemoCampaignKey | null;
  registeredAt: Date;
  subscribedAt: Date | null;
  tags: string[];
}

export interface DemoDiscountPlan {
  client: number;
  kind: 'subscription' | 'birthday';
  code: string;
  issuedAt: Date;
  expiresAt: Date;
  redeemedAt: Date | null;
}

export interface DemoHistory {
  clients: DemoClientPlan[];
  discounts: DemoDiscountPlan[];
  /** Codes typed at the till that matched nothing. */
  failedChecks: Array<{ at: Date; codeEntered: string }>;
  /** `/start ref_<key>` per campaign and UTC day, at least its registrations. */
  campaignStarts: Array<{ campaign: DemoCampaignKey; day: string; starts: number }>;
}

export interface DemoHistoryOptions {
  now: Date;
  seed?: number;
  clients?: number;
  days?: number;
  telegramIdBase: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Thirty days of a small shop: registrations growing over the month and busier at weekends,
 * most clients subscribing and getting the subscription code, about half of those codes redeemed
 * at the till within a week, birthday codes, some mistyped codes. Pure and deterministic.
 */
export function planDemoHistory({
  now,
  seed = 20261201,
  clients: count = 320,
  days = 30,
  telegramIdBase,
}: DemoHistoryOptions): DemoHistory {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (from: number, to: number): number => from + Math.floor(random() * (to - from));
  const codeRandom = (size: number): Buffer =>
    Buffer.from(Array.from({ length: size }, () => between(0, 256)));
  const codes = new Set<string>();
  const newCode = (): string => {
    let code = generateDiscountCode(codeRandom);
    while (codes.has(code)) code = generateDiscountCode(codeRandom);
    codes.add(code);
    return code;
  };
  const clamp = (at: number): Date => new Date(Math.min(at, now.getTime() - 60_000));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const dayWeights = Array.from({ length: days }, (_, d) => {
    const weekday = new Date(today - (days - 1 - d) * DAY).getUTCDay();
    return 1 + d / days + (weekday === 0 || weekday === 6 ? 0.6 : 0);
  });
  const total = dayWeights.reduce((a, b) => a + b, 0);
  const pickDay = (): number => {
    let r = random() * total;
    for (let d = 0; d < days; d++) if ((r -= dayWeights[d]) <= 0) return d;
    return days - 1;
  };

  const clients: DemoClientPlan[] = [];
  const discounts: DemoDiscountPlan[] = [];
  for (let i = 0; i < count; i++) {
    const day = pickDay();
    // Shop hours 10:00–21:00 in Vladivostok are 00:00–11:00 UTC.
    const registeredAt = clamp(today - (days - 1 - day) * DAY + between(0, 11 * HOUR));
    const gender = random() < 0.7 ? 'female' : 'male';
    const surname = pick(SURNAMES);
    const lastName = gender === 'female' && !['Ким', 'Пак', 'Ли'].includes(surname) ? `${surname}а` : surname;
    const campaign = random() < 0.35 ? pick(CAMPAIGN_KEYS) : null;
    const birthday =
      random() < 0.5
        ? `${between(1970, 2006)}-${String(between(1, 13)).padStart(2, '0')}-${String(between(1, 29)).padStart(2, '0')}`
        : null;
    const subscribedAt = random() < 0.72 ? clamp(registeredAt.getTime() + between(60_000, 2 * HOUR)) : null;
    clients.push({
      telegramId: telegramIdBase + i + 1,
      firstName: pick(gender === 'female' ? FEMALE : MALE),
      lastName,
      username: random() < 0.6 ? `demo_user_${i + 1}` : null,
      gender,
      birthday,
      source: campaign ? `ref_${campaign}` : pick(['offline', 'offline', 'tgchannel', 'instagram']),
      campaign,
      registeredAt,
      subscribedAt,
      tags: random() < 0.06 ? ['vip'] : [],
    });
    if (subscribedAt) {
      const redeemed = random() < 0.55;
      const redeemedAt = redeemed ? clamp(subscribedAt.getTime() + between(HOUR, 6 * DAY)) : null;
      discounts.push({
        client: i,
        kind: 'subscription',
        code: newCode(),
        issuedAt: subscribedAt,
        expiresAt: new Date(subscribedAt.getTime() + 30 * DAY),
        redeemedAt: redeemedAt && redeemedAt > subscribedAt ? redeemedAt : null,
      });
    }
    if (birthday && random() < 0.12) {
      const issuedAt = clamp(today - between(0, days) * DAY + between(0, 11 * HOUR));
      const redeemedAt = random() < 0.5 ? clamp(issuedAt.getTime() + between(HOUR, 5 * DAY)) : null;
      discounts.push({
        client: i,
        kind: 'birthday',
        code: newCode(),
        issuedAt,
        expiresAt: new Date(issuedAt.getTime() + 14 * DAY),
        redeemedAt: redeemedAt && redeemedAt > issuedAt ? redeemedAt : null,
      });
    }
  }

  const failedChecks = Array.from({ length: 24 }, () => ({
    at: clamp(today - between(0, days) * DAY + between(0, 11 * HOUR)),
    codeEntered: `${pick(['АБВ', 'КОТ', 'ДОМ', 'ЛЕС'])}${between(1000, 10000)}`,
  }));

  const starts = new Map<string, { campaign: DemoCampaignKey; day: string; starts: number }>();
  for (const client of clients) {
    if (!client.campaign) continue;
    const day = client.registeredAt.toISOString().slice(0, 10);
    const key = `${client.campaign}:${day}`;
    const row = starts.get(key) ?? { campaign: client.campaign, day, starts: 0 };
    row.starts += 1 + (random() < 0.3 ? 1 : 0); // some start the bot and never register
    starts.set(key, row);
  }
  return { clients, discounts, failedChecks, campaignStarts: [...starts.values()] };
}
