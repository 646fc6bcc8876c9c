import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatCount } from '../format';
import type { Broadcast } from './types';

function eta(seconds: number | null): string | null {
  if (seconds === null) return null;
  if (seconds < 60) return `${seconds} с`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? `${minutes} мин` : `${Math.floor(minutes / 60)} ч ${minutes % 60} мин`;
}

/** Live numbers of a broadcast: sent, failed, blocked, ETA, the last error. */
export function BroadcastProgress({ broadcast }: { broadcast: Broadcast }) {
  const t = useTranslate();
  const s = broadcast.stats;
  const left = eta(s.etaSeconds);
  return (
    <Box component="section" aria-label={t('dvorik.broadcasts.progress')}>
      <Typography variant="h6" component="h2">
        {t(`dvorik.broadcastStatus.${broadcast.status}`)}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.round(s.progress * 100)}
        sx={{ height: 10, borderRadius: 5, my: 1 }}
      />
      <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }}>
        <Typography>
          {t('dvorik.broadcasts.sentOf', { sent: formatCount(s.sent), total: formatCount(s.total) })}
        </Typography>
        <Typography>{t('dvorik.broadcasts.failed', { count: formatCount(s.failed) })}</Typography>
        <Typography>{t('dvorik.broadcasts.blocked', { count: formatCount(s.blocked) })}</Typography>
        {left && <Typography>{t('dvorik.broadcasts.eta', { eta: left })}</Typography>}
      </Stack>
      {s.lastError && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {t('dvorik.broadcasts.lastError', { error: s.lastError })}
        </Alert>
      )}
      {broadcast.failureReason && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {broadcast.failureReason}
        </Alert>
      )}
    </Box>
  );
}
