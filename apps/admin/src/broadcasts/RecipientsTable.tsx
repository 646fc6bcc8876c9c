import { Card, CardContent, MenuItem, TablePagination, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { SmallTable } from '../dashboard/SmallTable';
import type { DvorikDataProvider } from '../dataProvider';
import type { Page } from '../dataProvider/data-provider';
import { formatDateTime } from '../format';

interface Recipient {
  clientId: number;
  displayName: string;
  status: string;
  blocked: boolean;
  attempts: number;
  error: string | null;
  sentAt: string | null;
}

const STATUSES = ['pending', 'sending', 'sent', 'failed'];

/** Who got it and who did not (Telegram's answer kept), a page at a time. */
export function RecipientsTable({
  broadcastId,
  live,
  version,
}: {
  broadcastId: number;
  live: boolean;
  version: string;
}) {
  const t = useTranslate();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [status, setStatus] = useState('');
  const { data } = useQuery({
    // `version` (the broadcast's status) in the key: its end is fetched too, not only its run.
    queryKey: ['recipients', broadcastId, version, page, perPage, status],
    queryFn: () =>
      dataProvider.get<Page<Recipient>>(`/broadcasts/${broadcastId}/recipients`, {
        page: page + 1,
        perPage,
        status: status || undefined,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: live ? 3000 : false,
  });
  return (
    <Card component="section" aria-label={t('dvorik.broadcasts.recipients')} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dvorik.broadcasts.recipients')}
        </Typography>
        <TextField
          select
          size="small"
          label={t('dvorik.broadcasts.recipientStatus')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            setPage(0);
          }}
          sx={{ my: 1, minWidth: 200 }}
        >
          <MenuItem value="">{t('dvorik.broadcasts.allRecipients')}</MenuItem>
          {STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`dvorik.recipientStatus.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <SmallTable
          rows={data?.items ?? []}
          empty={t('dvorik.dashboard.noData')}
          columns={[
            {
              label: t('dvorik.dashboard.client'),
              render: (r) => <Link to={`/clients/${r.clientId}/show`}>{r.displayName}</Link>,
            },
            {
              label: t('resources.broadcasts.fields.status'),
              render: (r) =>
                t(`dvorik.recipientStatus.${r.status}`) +
                (r.blocked ? ` (${t('dvorik.broadcasts.blockedMark')})` : ''),
            },
            { label: t('dvorik.broadcasts.attempts'), render: (r) => r.attempts, align: 'right' },
            { label: t('dvorik.broadcasts.error'), render: (r) => r.error ?? '' },
            { label: t('dvorik.dashboard.time'), render: (r) => formatDateTime(r.sentAt) },
          ]}
        />
        <TablePagination
          component="div"
          count={data?.total ?? 0}
          page={page}
          rowsPerPage={perPage}
          rowsPerPageOptions={[25, 50, 100]}
          onPageChange={(_, p) => setPage(p)}
          onRowsPerPageChange={(e) => {
            setPerPage(Number(e.target.value));
            setPage(0);
          }}
          labelRowsPerPage={t('ra.navigation.page_rows_per_page')}
        />
      </CardContent>
    </Card>
  );
}
