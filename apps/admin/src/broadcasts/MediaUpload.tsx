import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, Button, Typography } from '@mui/material';
import { type ChangeEvent, useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';
import type { Broadcast } from './types';

/** A photo, video or document for the draft (uploaded once; Telegram's file_id is reused). */
export function MediaUpload({
  broadcast,
  onPicked,
}: {
  broadcast: Broadcast;
  onPicked: (file: File | null) => void;
}) {
  const t = useTranslate();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    const form = new FormData();
    form.append('file', file);
    try {
      await dataProvider.upload(`/broadcasts/${broadcast.id}/media`, form);
      onPicked(file);
      notify(t('dvorik.broadcasts.mediaAttached', { name: file.name }), { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await dataProvider.remove(`/broadcasts/${broadcast.id}/media`);
      onPicked(null);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
      <Button component="label" variant="outlined" startIcon={<AttachFileIcon />} disabled={busy}>
        {t('dvorik.broadcasts.attach')}
        <input
          type="file"
          hidden
          aria-label={t('dvorik.broadcasts.attach')}
          accept="image/*,video/*,application/pdf,.doc,.docx,.xls,.xlsx,.zip,.txt,.csv"
          onChange={(e) => void upload(e)}
        />
      </Button>
      {broadcast.media && (
        <>
          <Typography>{t('dvorik.broadcasts.mediaCurrent', { name: broadcast.media.filename })}</Typography>
          <Button color="error" onClick={() => void remove()} disabled={busy}>
            {t('dvorik.broadcasts.mediaRemove')}
          </Button>
        </>
      )}
    </Box>
  );
}
