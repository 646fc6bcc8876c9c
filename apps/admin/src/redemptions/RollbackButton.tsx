import UndoIcon from '@mui/icons-material/Undo';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';

/** «Отменить погашение» (owner): a reason is required; the code is active again if still valid. */
export function RollbackButton(_: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record || record.action !== 'redeem' || record.result !== 'success' || record.rolledBackAt)
    return null;
  const trimmed = reason.trim();
  const submit = async () => {
    setBusy(true);
    try {
      await dataProvider.action('redemptions', record.id, 'rollback', { reason: trimmed });
      notify('Погашение отменено', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" color="warning" startIcon={<UndoIcon />} onClick={() => setOpen(true)}>
        Отменить
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>
          Отменить погашение кода {String(record.discountCode ?? record.codeEntered)}?
        </DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            label="Причина"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reason.length > 512}
            helperText={reason.length > 512 ? 'Не длиннее 512 символов' : 'Обязательно: запишется в журнал'}
            fullWidth
            multiline
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Отмена</Button>
          <Button
            color="warning"
            variant="contained"
            disabled={busy || trimmed.length === 0 || trimmed.length > 512}
            onClick={() => void submit()}
          >
            Отменить погашение
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
