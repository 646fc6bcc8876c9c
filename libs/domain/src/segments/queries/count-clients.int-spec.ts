import {
  type ClientFilter,
  CountClientsQuery,
  CreateSegmentCommand,
  ListMatchingClientIdsQuery,
  PreviewSegmentQuery,
  SegmentsSeeder,
} from '@dvorik/domain';
import { DateTime } from 'luxon';
import {
  aCampaign,
  anOwner,
  aTemplateRow,
  type ClientRow,
  clientRows,
  createDomainTestApp,
  discountRows,
  type DomainTestApp,
  redemptionRows,
  tagClients,
} from '@dvorik/testing';

const TZ = 'Asia/Vladivostok';
const TAGS = ['vip', 'opt', 'new'];

interface Person {
  id: number;
  gender: string;
  birthday: string | null;
  subscribed: boolean;
  status: string;
  isTest: boolean;
  campaignId: number | null;
  source: string;
  createdAt: Date;
  lastActivityAt: Date;
  tags: string[];
  activeDiscount: boolean;
  redeemed: boolean;
}

/** A reference matcher written independently of the SQL compiler: what the filter means. */
function matches(p: Person, f: ClientFilter, now: Date): boolean {
  const today = DateTime.fromJSDate(now, { zone: TZ }).startOf('day');
  const many = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);
  const age = p.birthday
    ? Math.floor(today.diff(DateTime.fromISO(p.birthday, { zone: TZ }), 'years').years)
    : null;
  const day = (iso: string) => DateTime.fromISO(iso, { zone: TZ }).startOf('day').toJSDate();
  if (p.isTest !== (f.isTest ?? false)) return false;
  if (f.subscribed !== undefined && p.subscribed !== f.subscribed) return false;
  if (f.status && !many(f.status).includes(p.status as never)) return false;
  if (f.gender && !many(f.gender).includes(p.gender as never)) return false;
  if (f.campaignId && !many(f.campaignId).includes(p.campaignId as number)) return false;
  if (
    f.source &&
    !many(f.source)
      .map((s) => s.toLowerCase().replace(/^ref_/, ''))
      .includes(p.source)
  )
    return false;
  if (
    f.age &&
    (age === null ||
      (f.age.from !== undefined && age < f.age.from) ||
      (f.age.to !== undefined && age > f.age.to))
  )
    return false;
  if (f.birthdayMonth && (!p.birthday || Number(p.birthday.slice(5, 7)) !== f.birthdayMonth)) return false;
  if (f.birthdayWithinDays !== undefined) {
    if (!p.birthday) return false;
    const md = p.birthday.slice(5);
    const days = Array.from({ length: f.birthdayWithinDays + 1 }, (_, i) => today.plus({ days: i }));
    if (
      !days.some(
        (d) =>
          d.toFormat('MM-dd') === md ||
          (md === '02-29' && !d.isInLeapYear && d.toFormat('MM-dd') === '02-28'),
      )
    )
      return false;
  }
  if (f.registered?.from && p.createdAt < day(f.registered.from)) return false;
  if (f.lastActivity?.before && p.lastActivityAt >= day(f.lastActivity.before)) return false;
  if (f.tags?.any && !f.tags.any.some((t) => p.tags.includes(t))) return false;
  if (f.tags?.all && !f.tags.all.every((t) => p.tags.includes(t))) return false;
  if (f.tags?.none && f.tags.none.some((t) => p.tags.includes(t))) return false;
  if (f.hasActiveDiscounts !== undefined && p.activeDiscount !== f.hasActiveDiscounts) return false;
  if (f.redeemedEver !== undefined && p.redeemed !== f.redeemedEver) return false;
  return true;
}

describe('client filter → count (MariaDB, generated population)', () => {
  let app: DomainTestApp;
  const people: Person[] = [];
  const now = new Date();
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

  beforeAll(async () => {
    app = await createDomainTestApp('segments_count');
    await aCampaign(app.sql, { id: 1, name: 'A', source_key: 'a' });
    await aCampaign(app.sql, { id: 2, name: 'B', source_key: 'b' });
    await aTemplateRow(app.sql, { id: 1, name: 't' });
    for (let i = 1; i <= 400; i++) {
      const year = 1950 + Math.floor(rand() * 60);
      const birthday =
        rand() < 0.7
          ? DateTime.fromObject({
              year,
              month: 1 + Math.floor(rand() * 12),
              day: 1 + Math.floor(rand() * 28),
            }).toISODate()!
          : null;
      const p: Person = {
        id: i,
        gender: pick(['male', 'female', 'unknown']),
        birthday,
        subscribed: rand() < 0.5,
        status: pick(['active', 'active', 'active', 'blocked', 'banned']),
        isTest: rand() < 0.1,
        campaignId: pick([null, null, 1, 2]),
        source: pick(['organic', 'instagram', 'offline']),
        createdAt: new Date(now.getTime() - Math.floor(rand() * 60) * 86_400_000 - 3_600_000),
        lastActivityAt: new Date(now.getTime() - Math.floor(rand() * 30) * 86_400_000 - 3_600_000),
        tags: TAGS.filter(() => rand() < 0.3),
        activeDiscount: rand() < 0.3,
        redeemed: rand() < 0.2,
      };
      people.push(p);
    }
    await clientRows(
      app.sql,
      people.map((p) => ({
        id: p.id,
        telegram_id: 9_000_000 + p.id,
        first_name: 'N',
        gender: p.gender as ClientRow['gender'],
        birthday: p.birthday,
        source: p.source,
        campaign_id: p.campaignId,
        subscribed: p.subscribed,
        status: p.status as ClientRow['status'],
        // Rows written by SQL keep the count the discount commands keep: one code in status `active`
        // each, past its expiry (not yet swept by the job) for those without an active discount.
        active_discounts: 1,
        is_test: p.isTest,
        last_activity_at: p.lastActivityAt,
        created_at: p.createdAt,
      })),
    );
    for (const p of people) if (p.tags.length) await tagClients(app.sql, p.id, p.tags);
    // An expired code never counts as active; a rolled-back redemption is no redemption.
    await discountRows(
      app.sql,
      people.map((p) => ({
        code: `C${p.id}`,
        template_id: 1,
        client_id: p.id,
        expires_at: p.activeDiscount ? null : new Date(now.getTime() - 1000),
      })),
    );
    await redemptionRows(
      app.sql,
      people.map((p) => ({
        code_entered: 'x',
        client_id: p.id,
        message: 'ok',
        rolled_back_at: p.redeemed ? null : new Date(),
      })),
    );
  });
  afterAll(() => app.close());

  const filters: ClientFilter[] = [
    {},
    { isTest: true },
    { subscribed: true },
    { subscribed: false, status: 'active' },
    { gender: ['male', 'female'] },
    { age: { from: 18, to: 35 } },
    { age: { from: 60 } },
    { birthdayMonth: 3 },
    { birthdayWithinDays: 45 },
    { tags: { any: ['vip', 'opt'] } },
    { tags: { all: ['vip', 'opt'] } },
    { tags: { none: ['vip'] }, subscribed: true },
    { source: 'REF_Instagram' },
    { campaignId: [1, 2], subscribed: true },
    { status: ['blocked', 'banned'] },
    { hasActiveDiscounts: true },
    { hasActiveDiscounts: false, redeemedEver: false },
    { redeemedEver: true, gender: 'female' },
    { registered: { from: DateTime.fromJSDate(now).minus({ days: 10 }).setZone(TZ).toISODate()! } },
    { lastActivity: { before: DateTime.fromJSDate(now).minus({ days: 7 }).setZone(TZ).toISODate()! } },
  ];

  it.each(filters.map((f) => [JSON.stringify(f), f]))('counts %s exactly', async (_, filter) => {
    const expected = people.filter((p) => matches(p, filter, now)).length;
    expect(await app.queries.execute(new CountClientsQuery(filter))).toBe(expected);
  });

  it('hands out matching ids in keyset chunks, each id once', async () => {
    const filter: ClientFilter = { subscribed: true };
    const seen: number[] = [];
    let afterId = 0;
    for (;;) {
      const { ids, nextAfterId } = await app.queries.execute(
        new ListMatchingClientIdsQuery(filter, afterId, 17),
      );
      seen.push(...ids);
      if (nextAfterId === null) break;
      afterId = nextAfterId;
    }
    const expected = people.filter((p) => matches(p, filter, now)).map((p) => p.id);
    expect(seen).toEqual(expected);
  });

  it('previews count and sample; presets are seeded once and work as filters', async () => {
    const preview = await app.queries.execute(new PreviewSegmentQuery({ tags: { any: ['vip'] } }));
    expect(preview.count).toBe(people.filter((p) => !p.isTest && p.tags.includes('vip')).length);
    expect(preview.sample.length).toBe(Math.min(10, preview.count));
    expect(preview.sample[0]).not.toHaveProperty('phone');
    const seeder = app.context.get(SegmentsSeeder);
    expect(await seeder.seed()).toBe(4);
    expect(await seeder.seed()).toBe(0);
    await expect(
      app.commands.execute(new CreateSegmentCommand(anOwner(), { name: 'x', filter: { vip: true } })),
    ).rejects.toMatchObject({
      code: 'SEGMENT_INVALID',
      details: { fields: { vip: ['unknown filter key'] } },
    });
  });
});
