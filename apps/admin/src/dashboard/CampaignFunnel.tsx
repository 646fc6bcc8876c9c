import { useTranslate } from 'react-admin';
import { formatCount } from '../format';
import { Panel } from './Panel';
import { SmallTable } from './SmallTable';
import type { DashboardData } from './types';

export function CampaignFunnel({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const n = (v: number) => formatCount(v);
  return (
    <Panel title={t('dvorik.dashboard.funnel')}>
      <SmallTable
        rows={data.campaignFunnel}
        empty={t('dvorik.dashboard.noData')}
        columns={[
          { label: t('dvorik.dashboard.campaign'), render: (r) => r.name },
          { label: t('dvorik.dashboard.starts'), render: (r) => n(r.starts), align: 'right' },
          { label: t('dvorik.dashboard.registrations'), render: (r) => n(r.registrations), align: 'right' },
          { label: t('dvorik.dashboard.subscriptions'), render: (r) => n(r.subscriptions), align: 'right' },
          { label: t('dvorik.dashboard.issued'), render: (r) => n(r.codesIssued), align: 'right' },
          { label: t('dvorik.dashboard.redeemed'), render: (r) => n(r.codesRedeemed), align: 'right' },
        ]}
      />
    </Panel>
  );
}
