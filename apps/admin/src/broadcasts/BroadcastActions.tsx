import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { Confirm, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';
import type { Broadcast } from './types';

type Action = 'pause' | 'resume' | 'cancel' | 'retry-failed';

/** The actions the broadcast's status allows (the API refuses the others). */
export function actionsFor(b: Broadcast): Action[] {
  switch (b.status) {
    case 'sending':
      return ['pause', 'cancel'];
    case 'paused':
      return ['resume', 'cancel'];
    case 'scheduled':
      return ['cancel'];
    case 'sent':
    case 'failed':
      return b.stats.failed - b.stats.blocked > 0 ? ['retry-failed'] : [];
    case 'draft':
    case 'cancelled':
      return [];
  }
}

export function BroadcastActions({ broadcast }: { broadcast: Broadcast }) {
  const t = useTranslate();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);

  const run = async (action: Action) => {
    setBusy(true);
    try {
      await dataProvider.action('broadcasts', broadcast.id, action);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setConfirmCancel(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      {actionsFor(broadcast).map((action) => (
        <Button
          key={action}
          variant={action === 'cancel' ? 'outlined' : 'contained'}
          color={action === 'cancel' ? 'error' : 'primary'}
          disabled={busy}
          onClick={() => (action === 'cancel' ? setConfirmCancel(true) : void run(action))}
        >
          {t(`dvorik.broadcasts.actions.${action}`)}
        </Button>
      ))}
      <Confirm
        isOpen={confirmCancel}
        loading={busy}
        title={t('dvorik.broadcasts.cancelTitle')}
        content={t('dvorik.broadcasts.cancelContent')}
        confirm={t('dvorik.common.confirm')}
        cancel={t('ra.action.cancel')}
        onConfirm={() => void run('cancel')}
        onClose={() => setConfirmCancel(false)}
      />
    </Stack>
  );
}
