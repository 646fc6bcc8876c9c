import { planDemoHistory } from './demo-history.rule';

const NOW = new Date('2026-12-01T03:00:00Z');
const plan = (seed?: number) => planDemoHistory({ now: NOW, seed, telegramIdBase: 2_000_000 });

describe('planDemoHistory', () => {
  it('is deterministic: the same seed and day give the same shop', () => {
    expect(JSON.stringify(plan())).toBe(JSON.stringify(plan()));
    expect(JSON.stringify(plan(7))).not.toBe(JSON.stringify(plan()));
  });

  it('spreads a few hundred registrations and the redemptions over 30 days, none in the future', () => {
    const { clients, discounts } = plan();
    expect(clients.length).toBeGreaterThanOrEqual(300);
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect(new Set(clients.map((c) => day(c.registeredAt))).size).toBeGreaterThanOrEqual(28);
    const redeemed = discounts.filter((d) => d.redeemedAt);
    expect(new Set(redeemed.map((d) => day(d.redeemedAt!))).size).toBeGreaterThanOrEqual(20);
    const thirtyDaysAgo = NOW.getTime() - 30 * 86_400_000;
    for (const c of clients) {
      expect(c.registeredAt.getTime()).toBeGreaterThan(thirtyDaysAgo);
      expect(c.registeredAt.getTime()).toBeLessThan(NOW.getTime());
      if (c.subscribedAt) expect(c.subscribedAt.getTime()).toBeGreaterThanOrEqual(c.registeredAt.getTime());
    }
    for (const d of redeemed) {
      expect(d.redeemedAt!.getTime()).toBeGreaterThan(d.issuedAt.getTime());
      expect(d.redeemedAt!.getTime()).toBeLessThan(Math.min(NOW.getTime(), d.expiresAt.getTime()));
    }
  });

  it('gives every code a unique, well-formed value and subscription codes only to subscribers', () => {
    const { clients, discounts } = plan();
    expect(new Set(discounts.map((d) => d.code)).size).toBe(discounts.length);
    for (const d of discounts) expect(d.code).toMatch(/^[А-Я]{3}\d{4}$/);
    for (const d of discounts.filter((x) => x.kind === 'subscription'))
      expect(clients[d.client].subscribedAt).not.toBeNull();
    expect(new Set(clients.map((c) => c.telegramId)).size).toBe(clients.length);
    expect(Math.min(...clients.map((c) => c.telegramId))).toBeGreaterThan(2_000_000);
  });

  it('counts campaign starts at least as often as the campaign registered clients', () => {
    const { clients, campaignStarts } = plan();
    for (const key of ['poster', 'instagram'] as const) {
      const registered = clients.filter((c) => c.campaign === key).length;
      const starts = campaignStarts.filter((s) => s.campaign === key).reduce((n, s) => n + s.starts, 0);
      expect(registered).toBeGreaterThan(0);
      expect(starts).toBeGreaterThanOrEqual(registered);
    }
  });
});
