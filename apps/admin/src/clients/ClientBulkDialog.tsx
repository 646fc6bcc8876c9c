import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';
import { formatCount } from '../format';
import { JobProgress } from '../jobs/JobProgress';

type Action = 'addTags' | 'removeTags' | 'issue';
/** Selected rows, or every client the filter (and segment) matches. */
export type BulkTarget = { clientIds: number[] } | { filter: Record<string, unknown>; segmentId?: number };

interface BulkAnswer {
  mode: 'done' | 'queued';
  jobId?: string;
  result?: { matched: number; tagged?: number; untagged?: number; issued?: number; alreadyIssued?: number };
}

/** Add/remove tags or issue a template to many clients, confirmed with their count. */
export function ClientBulkDialog({
  target,
  count,
  onClose,
}: {
  target: BulkTarget;
  count: number;
  onClose: () => void;
}) {
  const t = useTranslate();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [action, setAction] = useState<Action>('addTags');
  const [tags, setTags] = useState('');
  const [templateId, setTemplateId] = useState<number | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const { data: templates = [] } = useGetList('discount-templates', {
    pagination: { page: 1, perPage: 200 },
    filter: {},
  });
  const tagList = tags.split(/[\s,]+/).filter(Boolean);
  const ready = action === 'issue' ? templateId !== '' : tagList.length > 0;

  const run = async () => {
    setBusy(true);
    const body = {
      ...target,
      ...(action === 'addTags' ? { addTags: tagList } : {}),
      ...(action === 'removeTags' ? { removeTags: tagList } : {}),
      ...(action === 'issue' ? { issueTemplateId: templateId } : {}),
    };
    try {
      const { data } = await dataProvider.post<BulkAnswer>('/clients/bulk', body);
      setConfirming(false);
      if (data.mode === 'queued' && data.jobId) {
        setJobId(data.jobId);
        return;
      }
      notify(t('dvorik.clients.bulkDone', { count: formatCount(data.result?.matched ?? count) }), {
        type: 'success',
      });
      refresh();
      onClose();
    } catch (error) {
      setConfirming(false);
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('dvorik.clients.bulkTitle', { count: formatCount(count) })}</DialogTitle>
      <DialogContent>
        {jobId ? (
          <JobProgress jobId={jobId} onFinished={() => refresh()} />
        ) : (
          <>
            <RadioGroup value={action} onChange={(e) => setAction(e.target.value as Action)}>
              <FormControlLabel value="addTags" control={<Radio />} label={t('dvorik.clients.addTags')} />
              <FormControlLabel
                value="removeTags"
                control={<Radio />}
                label={t('dvorik.clients.removeTags')}
              />
              <FormControlLabel value="issue" control={<Radio />} label={t('dvorik.clients.issue')} />
            </RadioGroup>
            {action === 'issue' ? (
              <TextField
                select
                fullWidth
                margin="normal"
                label={t('dvorik.clients.template')}
                value={templateId}
                onChange={(e) => setTemplateId(Number(e.target.value))}
              >
                {templates.map((tpl) => (
                  <MenuItem key={tpl.id} value={tpl.id}>
                    {String(tpl.name)}
                  </MenuItem>
                ))}
              </TextField>
            ) : (
              <TextField
                fullWidth
                margin="normal"
                label={t('dvorik.clients.tags')}
                helperText={t('dvorik.clients.tagsHint')}
                value={tags}
                onChange={(e) => setTags(e.target.value)}
              />
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{jobId ? t('ra.action.close') : t('ra.action.cancel')}</Button>
        {!jobId && (
          <Button variant="contained" disabled={!ready || busy} onClick={() => setConfirming(true)}>
            {t('dvorik.clients.apply')}
          </Button>
        )}
      </DialogActions>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title={t('dvorik.clients.confirmTitle')}
        content={t('dvorik.clients.confirmContent', { count: formatCount(count) })}
        confirm={t('dvorik.common.confirm')}
        cancel={t('ra.action.cancel')}
        onConfirm={() => void run()}
        onClose={() => setConfirming(false)}
      />
    </Dialog>
  );
}
