import { useTranslate } from 'react-admin';
import { formatCount, formatPercent } from '../format';
import { Panel } from './Panel';
import { SmallTable } from './SmallTable';
import type { DashboardData } from './types';

export function RateByTemplate({ data }: { data: DashboardData }) {
  const t = useTranslate();
  return (
    <Panel title={t('dvorik.dashboard.rateByTemplate')}>
      <SmallTable
        rows={data.redemptionRateByTemplate}
        empty={t('dvorik.dashboard.noData')}
        columns={[
          { label: t('dvorik.dashboard.template'), render: (r) => r.templateName },
          { label: t('dvorik.dashboard.issued'), render: (r) => formatCount(r.issued), align: 'right' },
          { label: t('dvorik.dashboard.redeemed'), render: (r) => formatCount(r.redeemed), align: 'right' },
          {
            label: t('dvorik.dashboard.rate'),
            render: (r) => formatPercent(r.rate, { fraction: true }),
            align: 'right',
          },
        ]}
      />
    </Panel>
  );
}
