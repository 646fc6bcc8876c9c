import { Card, CardContent, Stack, Typography } from '@mui/material';
import { ShowBase, Title, useShowContext, usePermissions, useTranslate } from 'react-admin';
import { canEdit } from '../auth/roles';
import { formatDateTime } from '../format';
import { BroadcastActions } from './BroadcastActions';
import { BroadcastProgress } from './BroadcastProgress';
import { RecipientsTable } from './RecipientsTable';
import { TelegramPreview } from './TelegramPreview';
import { type Broadcast, isLive } from './types';

function BroadcastPage() {
  const t = useTranslate();
  const { record } = useShowContext<Broadcast>();
  const { permissions: role } = usePermissions<string>();
  if (!record?.stats) return null;
  return (
    <>
      <Title title={record.title} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <Stack spacing={2} sx={{ flex: '1 1 400px' }}>
              <Typography variant="h5" component="h1">
                {record.title}
              </Typography>
              <Typography color="text.secondary">
                {record.scheduledAt &&
                  t('dvorik.broadcasts.scheduledFor', { at: formatDateTime(record.scheduledAt) })}
                {record.startedAt &&
                  ` ${t('dvorik.broadcasts.startedAt', { at: formatDateTime(record.startedAt) })}`}
                {record.finishedAt &&
                  ` ${t('dvorik.broadcasts.finishedAt', { at: formatDateTime(record.finishedAt) })}`}
              </Typography>
              <BroadcastProgress broadcast={record} />
              {canEdit(role) && <BroadcastActions broadcast={record} />}
            </Stack>
            <TelegramPreview
              text={record.text}
              buttons={record.buttons.flat()}
              media={record.media ? { kind: record.media.kind, filename: record.media.filename } : null}
            />
          </Stack>
        </CardContent>
      </Card>
      <RecipientsTable broadcastId={record.id} live={isLive(record)} version={record.status} />
    </>
  );
}

/** A launched broadcast: live progress (polled, no reload), actions, recipients. */
export default function BroadcastShow() {
  return (
    <ShowBase
      queryOptions={{
        refetchInterval: (query) => (isLive(query.state.data as Broadcast | undefined) ? 1500 : false),
      }}
    >
      <BroadcastPage />
    </ShowBase>
  );
}
