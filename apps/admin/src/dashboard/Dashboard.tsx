import { Alert, Box, Skeleton } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { ActiveCodes } from './ActiveCodes';
import { BroadcastsCard } from './BroadcastsCard';
import { ByCashierAndStore } from './ByCashierAndStore';
import { CampaignFunnel } from './CampaignFunnel';
import { ClientsCard } from './ClientsCard';
import { FailedChecks } from './FailedChecks';
import { LastRedemptions } from './LastRedemptions';
import { RateByTemplate } from './RateByTemplate';
import { RedeemedToday } from './RedeemedToday';
import { useDashboard } from './useDashboard';

/**
 * The chart library is most of this page's JavaScript: it loads as its own chunk, fetched as soon as
 * the dashboard's chunk runs (in parallel with GET /dashboard), so the headline and the tables show
 * without waiting for it to download and parse on a cold browser.
 */
const chartChunk = import('./RedemptionsChart');
const RedemptionsChart = lazy(() => chartChunk.then((m) => ({ default: m.RedemptionsChart })));

/** «Дашборд»: the headline first, then what explains it (DESIGN §2 «Dashboard and stats»). */
export default function Dashboard() {
  const t = useTranslate();
  const { data, error, isPending } = useDashboard();
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error">{error?.message}</Alert>;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(12, 1fr)', mt: 2 }}>
      <Title title={t('dvorik.menu.dashboard')} />
      <Box sx={{ gridColumn: 'span 4' }}>
        <RedeemedToday data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 4' }}>
        <ClientsCard data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 4' }}>
        <ActiveCodes data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 12' }}>
        <Suspense fallback={<Skeleton variant="rounded" height={316} />}>
          <RedemptionsChart data={data} />
        </Suspense>
      </Box>
      <Box sx={{ gridColumn: 'span 6' }}>
        <RateByTemplate data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 6' }}>
        <ByCashierAndStore data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 6' }}>
        <LastRedemptions data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 6' }}>
        <FailedChecks data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 6' }}>
        <CampaignFunnel data={data} />
      </Box>
      <Box sx={{ gridColumn: 'span 6' }}>
        <BroadcastsCard data={data} />
      </Box>
    </Box>
  );
}
