import SaveIcon from '@mui/icons-material/BookmarkAdd';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Button, useCreate, useListContext, useNotify, useTranslate } from 'react-admin';
import { compactFilter, toClientFilter } from '../dataProvider';

/** «Сохранить как сегмент»: the current filter under a name (DESIGN §2: a segment is a saved filter). */
export function SaveSegmentButton() {
  const t = useTranslate();
  const notify = useNotify();
  const { filterValues } = useListContext();
  const [create, { isPending }] = useCreate();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const { q: _q, segmentId: _segment, ...form } = filterValues as Record<string, unknown>;
  const filter = compactFilter(toClientFilter(form));

  const save = () =>
    create(
      'segments',
      { data: { name: name.trim(), filter } },
      {
        onSuccess: () => {
          notify(t('dvorik.segments.saved', { name: name.trim() }), { type: 'success' });
          setOpen(false);
          setName('');
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );

  return (
    <>
      <Button label={t('dvorik.segments.saveCurrent')} onClick={() => setOpen(true)}>
        <SaveIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{t('dvorik.segments.saveCurrent')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="normal"
            label={t('resources.segments.fields.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{t('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={!name.trim() || isPending} onClick={() => void save()}>
            {t('ra.action.save')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
