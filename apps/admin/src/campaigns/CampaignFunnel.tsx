import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';
import { formatCount } from '../format';

interface Funnel {
  starts: number;
  registrations: number;
  subscriptions: number;
  codesIssued: number;
  codesRedeemed: number;
}

const STEPS: Array<[keyof Funnel, string]> = [
  ['starts', 'Переходы (/start)'],
  ['registrations', 'Регистрации'],
  ['subscriptions', 'Подписки на канал'],
  ['codesIssued', 'Выдано скидок'],
  ['codesRedeemed', 'Погашено скидок'],
];

/** The campaign's funnel (GET /campaigns/:id/stats): each step against the first. */
export function CampaignFunnel() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const [funnel, setFunnel] = useState<Funnel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = record?.id;
  useEffect(() => {
    if (id === undefined) return;
    dataProvider
      .get<Funnel>(`/campaigns/${String(id)}/stats`)
      .then(setFunnel)
      .catch((e: Error) => setError(e.message));
  }, [id, dataProvider]);
  if (error) return <Alert severity="warning">{error}</Alert>;
  if (!funnel) return <LinearProgress />;
  const top = Math.max(funnel.starts, funnel.registrations, 1);
  return (
    <Box sx={{ maxWidth: 480 }} data-testid="campaign-funnel">
      {STEPS.map(([key, label]) => (
        <Box key={key} sx={{ mb: 1 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
            <Typography variant="body2">{label}</Typography>
            <Typography variant="body2">
              <b>{formatCount(funnel[key])}</b>
            </Typography>
          </Box>
          <LinearProgress variant="determinate" value={Math.min(100, (funnel[key] / top) * 100)} />
        </Box>
      ))}
    </Box>
  );
}
