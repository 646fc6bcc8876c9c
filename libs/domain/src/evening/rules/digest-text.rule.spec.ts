import type { DigestFigures } from '../digest-figures';
import { digestRows, digestValues } from './digest-text.rule';

describe('digest text', () => {
  it('lists rows biggest today first, a row without a label under the given word', () => {
    expect(
      digestRows(
        [
          { label: 'ТЦ Океан', today: 3, lastWeek: 5 },
          { label: null, today: 1, lastWeek: 0 },
          { label: 'Светланская, 1', today: 12, lastWeek: 9 },
        ],
        'магазин не указан',
      ),
    ).toBe('• Светланская, 1 — 12 / 9\n• ТЦ Океан — 3 / 5\n• магазин не указан — 1 / 0');
  });

  it('says "—" for an empty table and sums the rows past the limit', () => {
    expect(digestRows([])).toBe('—');
    const rows = [5, 4, 3, 2].map((n) => ({ label: `#${n}`, today: n, lastWeek: 1 }));
    expect(digestRows(rows, '—', 2)).toBe('• #5 — 5 / 1\n• #4 — 4 / 1\n• … +2 — 5 / 2');
  });

  it('fills every figure of the template', () => {
    const figures: DigestFigures = {
      date: '2026-11-18',
      until: '2026-11-18T11:00:00.000Z',
      redemptions: { today: 7, lastWeek: 4 },
      byStore: [{ label: 'A', today: 7, lastWeek: 4 }],
      byCashier: [{ label: null, today: 7, lastWeek: 4 }],
      newClients: 3,
      newSubscriptions: 2,
      bestCampaign: { id: 1, name: 'Постер', redemptions: 2, registrations: 5 },
      broadcasts: { sent: 1, recipients: 100, delivered: 90, blocked: 6 },
      failedChecks: { total: 4, notFound: 3 },
    };
    expect(digestValues(figures, '18.11.2026', { noStore: 'нет', noCashier: 'касса' })).toEqual({
      date: '18.11.2026',
      redeemed_today: '7',
      redeemed_last_week: '4',
      by_store: '• A — 7 / 4',
      by_cashier: '• касса — 7 / 4',
      new_clients: '3',
      new_subscriptions: '2',
      best_campaign: '«Постер» — 2 / 5',
      broadcasts_sent: '1',
      recipients: '100',
      delivered: '90',
      blocked: '6',
      failed_checks: '4',
      not_found: '3',
    });
  });
});
