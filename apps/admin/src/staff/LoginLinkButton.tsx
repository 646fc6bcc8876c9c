import LinkIcon from '@mui/icons-material/Link';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext } from 'react-admin';
import { CopyButton } from '../common/CopyButton';
import type { DvorikDataProvider } from '../dataProvider';
import { formatDateTime } from '../format';

/** «Ссылка для входа»: a one-time panel link for that member (10 minutes), shown to copy. */
export function LoginLinkButton(_: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  if (!record || !record.active) return null;
  const issue = async () => {
    try {
      setLink(
        await dataProvider.action<{ url: string; expiresAt: string }>('staff', record.id, 'login-link'),
      );
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<LinkIcon />}
        onClick={(e) => {
          e.stopPropagation();
          void issue();
        }}
      >
        Ссылка для входа
      </Button>
      <Dialog
        open={link !== null}
        onClose={() => setLink(null)}
        onClick={(e) => e.stopPropagation()}
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle>Одноразовая ссылка для входа: {String(record.name)}</DialogTitle>
        <DialogContent>
          <TextField
            value={link?.url ?? ''}
            fullWidth
            slotProps={{ input: { readOnly: true } }}
            sx={{ mt: 1 }}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Действует один раз, до {formatDateTime(link?.expiresAt)}. Передайте её только этому сотруднику.
          </Typography>
        </DialogContent>
        <DialogActions>
          {link && <CopyButton text={link.url} />}
          <Button onClick={() => setLink(null)}>Закрыть</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
