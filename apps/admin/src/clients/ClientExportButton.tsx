import DownloadIcon from '@mui/icons-material/Download';
import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import { saveBlob } from '../common/save-blob';
import { type DvorikDataProvider, type Job, compactFilter, toClientFilter } from '../dataProvider';
import { JobProgress } from '../jobs/JobProgress';

/** CSV of every client the current filter matches: the file at once, or a job with progress. */
export function ClientExportButton() {
  const t = useTranslate();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const { filterValues } = useListContext();
  const [jobId, setJobId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    const { q: _q, segmentId, ...form } = filterValues as Record<string, unknown>;
    setBusy(true);
    try {
      const answer = await dataProvider.postForFile<{ jobId: string }>('/exports', {
        kind: 'clients',
        filter: compactFilter(toClientFilter(form)),
        ...(segmentId ? { segmentId: Number(segmentId) } : {}),
      });
      if ('blob' in answer) saveBlob(answer.blob, answer.filename ?? 'clients.csv');
      else setJobId(answer.data.jobId);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const finished = async (job: Job) => {
    if (job.status !== 'done') return;
    const file = await dataProvider.download(`/jobs/${job.id}/download`);
    saveBlob(file.blob, file.filename ?? 'clients.csv');
  };

  return (
    <>
      <Button label={t('dvorik.clients.export')} onClick={() => void start()} disabled={busy}>
        <DownloadIcon />
      </Button>
      {jobId && (
        <Dialog open onClose={() => setJobId(null)} fullWidth maxWidth="sm">
          <DialogTitle>{t('dvorik.clients.export')}</DialogTitle>
          <DialogContent>
            <JobProgress jobId={jobId} onFinished={(job) => void finished(job)} />
          </DialogContent>
        </Dialog>
      )}
    </>
  );
}
