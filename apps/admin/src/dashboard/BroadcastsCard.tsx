import { LinearProgress, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatCount, formatDateTime } from '../format';
import { Panel } from './Panel';
import { SmallTable } from './SmallTable';
import type { DashboardData } from './types';

export function BroadcastsCard({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const link = (r: { id: number; title: string }) => <Link to={`/broadcasts/${r.id}/show`}>{r.title}</Link>;
  return (
    <Stack spacing={2} sx={{ height: '100%' }}>
      <Panel title={t('dvorik.dashboard.upcoming')}>
        <SmallTable
          rows={data.upcomingBroadcasts ?? []}
          empty={t('dvorik.dashboard.noData')}
          columns={[
            { label: t('resources.broadcasts.fields.title'), render: link },
            { label: t('dvorik.dashboard.time'), render: (r) => formatDateTime(r.scheduledAt) },
          ]}
        />
      </Panel>
      <Panel title={t('dvorik.dashboard.recent')}>
        <SmallTable
          rows={data.recentBroadcasts ?? []}
          empty={t('dvorik.dashboard.noData')}
          columns={[
            { label: t('resources.broadcasts.fields.title'), render: link },
            {
              label: t('resources.broadcasts.fields.status'),
              render: (r) => t(`dvorik.broadcastStatus.${r.status}`),
            },
            {
              label: t('dvorik.dashboard.delivery'),
              render: (r) => (
                <>
                  {formatCount(r.stats.sent)} / {formatCount(r.stats.total)}
                  <LinearProgress variant="determinate" value={Math.round(r.stats.progress * 100)} />
                </>
              ),
            },
          ]}
        />
      </Panel>
    </Stack>
  );
}
