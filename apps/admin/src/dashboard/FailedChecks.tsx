import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatCount, formatDateTime } from '../format';
import { Panel } from './Panel';
import { SmallTable } from './SmallTable';
import type { DashboardData } from './types';

export function FailedChecks({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const { total, byResult, recent } = data.failedChecks;
  return (
    <Panel title={t('dvorik.dashboard.failedChecks')}>
      <Typography variant="h4" component="p">
        {formatCount(total)}{' '}
        <Typography component="span" color="text.secondary">
          {t('dvorik.dashboard.failedCaption')}
        </Typography>
      </Typography>
      <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap' }}>
        {byResult.map((r) => (
          <Chip
            key={r.result}
            label={`${t(`dvorik.redemptionResult.${r.result}`)}: ${formatCount(r.count)}`}
          />
        ))}
      </Stack>
      <SmallTable
        rows={recent.slice(0, 5)}
        empty={t('dvorik.dashboard.noData')}
        columns={[
          { label: t('dvorik.dashboard.code'), render: (r) => r.codeEntered },
          { label: t('dvorik.dashboard.result'), render: (r) => t(`dvorik.redemptionResult.${r.result}`) },
          { label: t('dvorik.dashboard.cashier'), render: (r) => r.cashierName ?? '—' },
          { label: t('dvorik.dashboard.time'), render: (r) => formatDateTime(r.createdAt) },
        ]}
      />
    </Panel>
  );
}
