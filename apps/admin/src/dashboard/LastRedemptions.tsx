import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../format';
import { Panel } from './Panel';
import { SmallTable } from './SmallTable';
import type { DashboardData } from './types';

export function LastRedemptions({ data }: { data: DashboardData }) {
  const t = useTranslate();
  return (
    <Panel title={t('dvorik.dashboard.lastRedemptions')}>
      <SmallTable
        rows={data.lastRedemptions}
        empty={t('dvorik.dashboard.noData')}
        columns={[
          { label: t('dvorik.dashboard.code'), render: (r) => r.discountCode ?? r.codeEntered },
          {
            label: t('dvorik.dashboard.client'),
            render: (r) =>
              r.clientId ? (
                <Link to={`/clients/${r.clientId}/show`}>{r.clientName ?? `#${r.clientId}`}</Link>
              ) : (
                '—'
              ),
          },
          { label: t('dvorik.dashboard.cashier'), render: (r) => r.cashierName ?? '—' },
          { label: t('dvorik.dashboard.time'), render: (r) => formatDateTime(r.createdAt) },
        ]}
      />
    </Panel>
  );
}
