import { Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatCount } from '../format';
import { Panel } from './Panel';
import { SmallTable } from './SmallTable';
import type { DashboardData } from './types';

export function ByCashierAndStore({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const noStore = t('dvorik.dashboard.noStore');
  return (
    <Stack spacing={2} sx={{ height: '100%' }}>
      <Panel title={t('dvorik.dashboard.byCashier')}>
        <SmallTable
          rows={data.redemptionsByCashier}
          empty={t('dvorik.dashboard.noData')}
          columns={[
            { label: t('dvorik.dashboard.cashier'), render: (r) => r.cashierName ?? '—' },
            { label: t('dvorik.dashboard.store'), render: (r) => r.store ?? noStore },
            {
              label: t('dvorik.dashboard.redeemed'),
              render: (r) => formatCount(r.redemptions),
              align: 'right',
            },
          ]}
        />
      </Panel>
      <Panel title={t('dvorik.dashboard.byStore')}>
        <SmallTable
          rows={data.redemptionsByStore}
          empty={t('dvorik.dashboard.noData')}
          columns={[
            { label: t('dvorik.dashboard.store'), render: (r) => r.store ?? noStore },
            {
              label: t('dvorik.dashboard.redeemed'),
              render: (r) => formatCount(r.redemptions),
              align: 'right',
            },
          ]}
        />
      </Panel>
    </Stack>
  );
}
