import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useTranslate } from 'react-admin';
import type { Job } from '../dataProvider';
import { formatCount } from '../format';
import { isFinished, useJob } from './useJob';

/** A queued job's live progress; `onFinished` runs once when it is done or failed. */
export function JobProgress({
  jobId,
  onFinished,
}: {
  jobId: string | number;
  onFinished?: (job: Job) => void;
}) {
  const translate = useTranslate();
  const { data: job } = useJob(jobId);
  const finished = isFinished(job);
  useEffect(() => {
    if (job && finished) onFinished?.(job);
  }, [finished]);
  if (!job) return <LinearProgress />;
  if (job.status === 'failed')
    return <Alert severity="error">{translate('dvorik.common.jobFailed', { error: job.error ?? '' })}</Alert>;
  return (
    <Box role="status" aria-label={translate('dvorik.common.jobStatus')}>
      <LinearProgress variant="determinate" value={job.progress ?? 0} />
      <Typography variant="body2" sx={{ mt: 1 }}>
        {job.status === 'done'
          ? translate('dvorik.common.jobDone')
          : translate('dvorik.common.jobProgress', {
              processed: formatCount(job.processed ?? 0),
              total: formatCount(job.total ?? 0),
            })}
      </Typography>
    </Box>
  );
}
