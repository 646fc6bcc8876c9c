import { Card, CardContent, Divider, Stack } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { EditBase, Loading, Title, useEditContext, useRedirect, useTranslate } from 'react-admin';
import { toComposerValues } from './broadcast-form';
import { ComposerForm } from './ComposerForm';
import { LaunchPanel } from './LaunchPanel';
import { MediaUpload } from './MediaUpload';
import type { PreviewMedia } from './TelegramPreview';
import type { Broadcast } from './types';
import { useComposerSubmit } from './useComposerSubmit';

function DraftComposer() {
  const t = useTranslate();
  const { record, isPending } = useEditContext<Broadcast>();
  const redirect = useRedirect();
  const submit = useComposerSubmit();
  const [picked, setPicked] = useState<{ file: File; url: string } | null>(null);
  useEffect(
    () => () => {
      if (picked) URL.revokeObjectURL(picked.url);
    },
    [picked],
  );
  useEffect(() => {
    // Only drafts are edited; a launched broadcast's page is its progress.
    if (record && record.status !== 'draft') redirect('show', 'broadcasts', record.id);
  }, [record, redirect]);
  // Stable between renders: a new object would make the form reset while typing.
  const values = useMemo(() => toComposerValues(record), [record]);
  if (isPending || !record) return <Loading />;
  const media: PreviewMedia | null = record.media
    ? { kind: record.media.kind, filename: record.media.filename, url: picked?.url }
    : null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('dvorik.broadcasts.draftTitle', { title: record.title })} />
      <ComposerForm key={record.id} values={values} media={media} onSubmit={submit} />
      <Divider />
      <CardContent>
        <Stack spacing={2}>
          <MediaUpload
            broadcast={record}
            onPicked={(file) => setPicked(file ? { file, url: URL.createObjectURL(file) } : null)}
          />
          <LaunchPanel broadcast={record} disabled={false} />
        </Stack>
      </CardContent>
    </Card>
  );
}

/** A draft: compose, attach media, test, launch. */
export default function BroadcastEdit() {
  return (
    <EditBase mutationMode="pessimistic" redirect={false}>
      <DraftComposer />
    </EditBase>
  );
}
