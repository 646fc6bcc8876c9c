import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatCount } from '../format';
import { Panel } from './Panel';
import type { DashboardData } from './types';

export function ClientsCard({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const rows: Array<[string, number]> = [
    ['dvorik.dashboard.clientsTotal', data.clients.total],
    ['dvorik.dashboard.clientsNewToday', data.clients.newToday],
    ['dvorik.dashboard.clientsNewInRange', data.clients.newInRange],
    ['dvorik.dashboard.clientsSubscribed', data.clients.subscribed],
  ];
  return (
    <Panel title={t('dvorik.dashboard.clients')}>
      {rows.map(([key, value]) => (
        <Stack key={key} direction="row" sx={{ justifyContent: 'space-between' }}>
          <Typography color="text.secondary">{t(key)}</Typography>
          <Typography sx={{ fontWeight: 'bold' }}>{formatCount(value)}</Typography>
        </Stack>
      ))}
    </Panel>
  );
}
