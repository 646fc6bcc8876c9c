import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatDateTime } from '../format';

/** A date-time in shop time (dd.mm.yyyy HH:MM) from the record's `source`. */
export function DateTimeText({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const value = record?.[source] as string | null | undefined;
  return <span>{formatDateTime(value)}</span>;
}

/** A status word as a chip with its Russian label. */
export function StatusChip({
  source,
  labels,
  colors = {},
}: {
  source: string;
  labels: Record<string, string>;
  colors?: Record<string, 'default' | 'success' | 'error' | 'warning' | 'info'>;
  label?: string;
  sortable?: boolean;
}) {
  const record = useRecordContext();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return <Chip size="small" label={labels[value] ?? value} color={colors[value] ?? 'default'} />;
}

export const choicesOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([id, name]) => ({ id, name }));
