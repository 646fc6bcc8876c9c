import { Box, Button, FormControlLabel, Radio, RadioGroup, TextField } from '@mui/material';
import { useState } from 'react';
import { Confirm, useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';
import { shopLocalToIso } from '../format';
import type { Broadcast } from './types';

/**
 * «Отправить сейчас» or at a shop-time date; «Запустить» asks the API for the count and sends
 * only after «Вы собираетесь отправить N пользователям» → «Подтвердить». «Тестовая отправка»
 * goes to test clients only.
 */
export function LaunchPanel({ broadcast, disabled }: { broadcast: Broadcast; disabled: boolean }) {
  const t = useTranslate();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [at, setAt] = useState('');
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) => notify((error as Error).message, { type: 'error' });

  const estimate = async () => {
    setBusy(true);
    try {
      const answer = await dataProvider.action<{ count: number }>('broadcasts', broadcast.id, 'estimate');
      setCount(answer.count);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const launch = async () => {
    setBusy(true);
    try {
      await dataProvider.action(
        'broadcasts',
        broadcast.id,
        'launch',
        when === 'later' ? { at: shopLocalToIso(at) } : {},
      );
      setCount(null);
      redirect('show', 'broadcasts', broadcast.id);
    } catch (error) {
      setCount(null);
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const testSend = async () => {
    setBusy(true);
    try {
      const answer = await dataProvider.action<{ testRecipients: number }>(
        'broadcasts',
        broadcast.id,
        'test',
      );
      notify(t('dvorik.broadcasts.testSent', { count: answer.testRecipients }), { type: 'success' });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      component="section"
      aria-label={t('dvorik.broadcasts.launchSection')}
      sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <RadioGroup row value={when} onChange={(e) => setWhen(e.target.value as 'now' | 'later')}>
        <FormControlLabel value="now" control={<Radio />} label={t('dvorik.broadcasts.sendNow')} />
        <FormControlLabel value="later" control={<Radio />} label={t('dvorik.broadcasts.sendLater')} />
      </RadioGroup>
      {when === 'later' && (
        <TextField
          type="datetime-local"
          label={t('dvorik.broadcasts.sendAt')}
          value={at}
          onChange={(e) => setAt(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      )}
      <Button variant="outlined" onClick={() => void testSend()} disabled={busy || disabled}>
        {t('dvorik.broadcasts.testSend')}
      </Button>
      <Button
        variant="contained"
        onClick={() => void estimate()}
        disabled={busy || disabled || (when === 'later' && !at)}
      >
        {t('dvorik.broadcasts.launch')}
      </Button>
      <Confirm
        isOpen={count !== null}
        loading={busy}
        title={t('dvorik.broadcasts.confirmTitle')}
        content={t('dvorik.broadcasts.confirmLaunch', { smart_count: count ?? 0 })}
        confirm={t('dvorik.common.confirm')}
        cancel={t('ra.action.cancel')}
        onConfirm={() => void launch()}
        onClose={() => setCount(null)}
      />
    </Box>
  );
}
