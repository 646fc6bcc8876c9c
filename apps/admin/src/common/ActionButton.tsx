import { Button } from '@mui/material';
import { type ReactElement, useState } from 'react';
import { Confirm, useNotify, useRefresh } from 'react-admin';

interface Props {
  label: string;
  /** The API call; its Russian error (HttpError message) is shown on failure. */
  run: () => Promise<unknown>;
  success: string;
  /** Asks first when set: the dialog's title and text. */
  confirm?: { title: string; content: string };
  icon?: ReactElement;
  color?: 'primary' | 'error' | 'success' | 'warning' | 'inherit';
}

/** A row or page action against the API: optional confirm, a busy state, a notice, a refresh. */
export function ActionButton({ label, run, success, confirm, icon, color = 'primary' }: Props) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const execute = async () => {
    setBusy(true);
    try {
      await run();
      notify(success, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        color={color}
        startIcon={icon}
        disabled={busy}
        onClick={(event) => {
          event.stopPropagation();
          if (confirm) setOpen(true);
          else void execute();
        }}
      >
        {label}
      </Button>
      {confirm && (
        <Confirm
          isOpen={open}
          loading={busy}
          title={confirm.title}
          content={confirm.content}
          confirm="Подтвердить"
          cancel="Отмена"
          onConfirm={() => void execute()}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
