import { Box, Chip, LinearProgress, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import {
  CreateButton,
  DataTable,
  List,
  SelectInput,
  TopToolbar,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { canEdit } from '../auth/roles';
import { formatCount, formatDateTime } from '../format';
import { type Broadcast, isLive } from './types';

const STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'sent', 'failed', 'cancelled'];

/** While any row is on its way, the page refreshes itself (no reload). */
function LiveRefresh() {
  const { data, refetch } = useListContext<Broadcast>();
  const live = (data ?? []).some(isLive);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => void refetch(), 2000);
    return () => clearInterval(timer);
  }, [live, refetch]);
  return null;
}

function Progress({ b }: { b: Broadcast }) {
  if (b.status === 'draft') return null;
  return (
    <Box sx={{ minWidth: 160 }}>
      <LinearProgress variant="determinate" value={Math.round(b.stats.progress * 100)} />
      <Typography variant="caption">
        {formatCount(b.stats.sent)} / {formatCount(b.stats.total)}
      </Typography>
    </Box>
  );
}

/** «Рассылки»: status and progress of each; a draft opens the composer, the rest their progress. */
export default function BroadcastList() {
  const t = useTranslate();
  const { permissions: role } = usePermissions<string>();
  // Stable between renders: new filter elements each render make the list re-render endlessly.
  const filters = useMemo(
    () => [
      <SelectInput
        key="status"
        source="status"
        label="resources.broadcasts.fields.status"
        choices={STATUSES.map((id) => ({ id, name: `dvorik.broadcastStatus.${id}` }))}
        alwaysOn
      />,
    ],
    [],
  );
  return (
    <List
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      exporter={false}
      // The empty page has its own «Создать»; the toolbar's is shown by role.
      empty={false}
      filters={filters}
      actions={<TopToolbar>{canEdit(role) && <CreateButton label="dvorik.broadcasts.new" />}</TopToolbar>}
    >
      <LiveRefresh />
      <DataTable<Broadcast>
        rowClick={(_id, _resource, record) => (record.status === 'draft' && canEdit(role) ? 'edit' : 'show')}
        bulkActionButtons={false}
      >
        <DataTable.Col source="id" disableSort />
        <DataTable.Col source="title" disableSort />
        <DataTable.Col
          source="status"
          disableSort
          render={(b) => <Chip size="small" label={t(`dvorik.broadcastStatus.${b.status}`)} />}
        />
        <DataTable.Col source="progress" disableSort render={(b) => <Progress b={b as Broadcast} />} />
        <DataTable.Col
          source="scheduledAt"
          disableSort
          render={(b) => formatDateTime(b.scheduledAt ?? b.startedAt)}
        />
        <DataTable.Col source="createdAt" disableSort render={(b) => formatDateTime(b.createdAt)} />
      </DataTable>
    </List>
  );
}
