import { Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { DvorikDataProvider } from '../dataProvider';
import { SmallTable } from '../dashboard/SmallTable';
import { formatCount, formatDateTime } from '../format';

interface Preview {
  count: number;
  sample: Array<{ id: number; displayName: string; username: string | null; createdAt: string }>;
}

/** Preview: how many clients the segment matches now and the newest of them. */
export function SegmentPreview() {
  const t = useTranslate();
  const record = useRecordContext<{ id: number; filter: Record<string, unknown> }>();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const { data, error } = useQuery({
    queryKey: ['segment-preview', record?.id, record?.filter],
    queryFn: async () =>
      (await dataProvider.post<Preview>('/segments/preview', { filter: record!.filter })).data,
    enabled: Boolean(record),
  });
  if (!record) return null;
  return (
    <Card component="section" aria-label={t('dvorik.segments.preview')} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dvorik.segments.preview')}
        </Typography>
        {error && <Typography color="error">{error.message}</Typography>}
        {data && (
          <>
            <Typography sx={{ my: 1 }}>
              {t('dvorik.segments.previewCount', { count: formatCount(data.count) })}
            </Typography>
            <SmallTable
              rows={data.sample}
              empty={t('dvorik.dashboard.noData')}
              columns={[
                { label: 'ID', render: (c) => c.id },
                {
                  label: t('dvorik.dashboard.client'),
                  render: (c) => <Link to={`/clients/${c.id}/show`}>{c.displayName}</Link>,
                },
                {
                  label: t('resources.clients.fields.createdAt'),
                  render: (c) => formatDateTime(c.createdAt),
                },
              ]}
            />
          </>
        )}
        <Button
          component={Link}
          to={`/clients?filter=${encodeURIComponent(JSON.stringify({ segmentId: record.id }))}`}
          label={t('dvorik.segments.openClients')}
          sx={{ mt: 1 }}
        />
      </CardContent>
    </Card>
  );
}
