import type { ClientFilter } from '../clients';

/** The presets DESIGN §2 names; the staff bot offers them as audience buttons. */
export const SEGMENT_PRESETS: ReadonlyArray<{ key: string; name: string; filter: ClientFilter }> = [
  { key: 'subscribed', name: 'Подписчики канала', filter: { subscribed: true, status: 'active' } },
  { key: 'not_subscribed', name: 'Не подписаны на канал', filter: { subscribed: false, status: 'active' } },
  { key: 'vip', name: 'VIP', filter: { tags: { any: ['vip'] }, status: 'active' } },
  {
    key: 'no_active_discount',
    name: 'Без активной скидки',
    filter: { hasActiveDiscounts: false, status: 'active' },
  },
];
