import GroupWorkIcon from '@mui/icons-material/GroupWork';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Chip, Stack } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DataTable,
  FilterButton,
  List,
  TopToolbar,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { canEdit, canSeePhone } from '../auth/roles';
import { compactFilter, toClientFilter } from '../dataProvider';
import { formatDate, formatDateTime } from '../format';
import { type BulkTarget, ClientBulkDialog } from './ClientBulkDialog';
import { ClientExportButton } from './ClientExportButton';
import { clientFilters, STATUS_CHOICES } from './client-filters';
import { FoundCount } from './FoundCount';
import { SaveSegmentButton } from './SaveSegmentButton';

interface ClientRow {
  id: number;
  displayName: string;
  username: string | null;
  telegramId: number;
  phone: string | null;
  tags: string[];
  status: string;
  subscribed: boolean;
  activeDiscounts: number;
  birthday: string | null;
  createdAt: string;
  lastActivityAt: string;
}

/** «Все по фильтру»: the bulk dialog for every client the filter matches (not just this page). */
function AllByFilterButton() {
  const t = useTranslate();
  const { filterValues, total } = useListContext();
  const [open, setOpen] = useState(false);
  const { q, segmentId, ...form } = filterValues as Record<string, unknown>;
  const target: BulkTarget = {
    filter: compactFilter(toClientFilter(form)),
    ...(segmentId ? { segmentId: Number(segmentId) } : {}),
  };
  return (
    <>
      <Button
        label={t('dvorik.clients.allByFilter')}
        onClick={() => setOpen(true)}
        // A search narrows the page only; the bulk API takes the filter, so a search would mislead.
        disabled={Boolean(q) || !total}
      >
        <GroupWorkIcon />
      </Button>
      {open && <ClientBulkDialog target={target} count={total ?? 0} onClose={() => setOpen(false)} />}
    </>
  );
}

function SelectedBulkButton() {
  const t = useTranslate();
  const { selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={t('dvorik.clients.bulkSelected')} onClick={() => setOpen(true)}>
        <PlaylistAddCheckIcon />
      </Button>
      {open && (
        <ClientBulkDialog
          target={{ clientIds: selectedIds.map(Number) }}
          count={selectedIds.length}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function ListActions({ editor }: { editor: boolean }) {
  return (
    <TopToolbar sx={{ width: '100%' }}>
      <FoundCount />
      <FilterButton />
      {editor && <SaveSegmentButton />}
      {editor && <AllByFilterButton />}
      {editor && <ClientExportButton />}
    </TopToolbar>
  );
}

const status = (value: string) => STATUS_CHOICES.find((c) => c.id === value)?.name ?? value;

/** «Клиенты»: server-side pages and sort, the filter panel, bulk actions and export for editors. */
export default function ClientList() {
  const { permissions: role } = usePermissions<string>();
  const editor = canEdit(role);
  return (
    <List
      filters={clientFilters}
      actions={<ListActions editor={editor} />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      disableSyncWithLocation={false}
    >
      <DataTable<ClientRow> rowClick="show" bulkActionButtons={editor ? <SelectedBulkButton /> : false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="displayName" label="resources.clients.fields.firstName" disableSort />
        <DataTable.Col source="username" disableSort render={(r) => (r.username ? `@${r.username}` : '')} />
        <DataTable.Col source="telegramId" disableSort />
        {canSeePhone(role) && <DataTable.Col source="phone" disableSort />}
        <DataTable.Col
          source="tags"
          disableSort
          render={(r) => (
            <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
              {r.tags.map((tag: string) => (
                <Chip key={tag} label={tag} size="small" />
              ))}
            </Stack>
          )}
        />
        <DataTable.Col source="status" disableSort render={(r) => status(r.status)} />
        <DataTable.Col source="subscribed" disableSort render={(r) => (r.subscribed ? 'Да' : 'Нет')} />
        <DataTable.Col source="activeDiscounts" disableSort />
        <DataTable.Col source="birthday" disableSort render={(r) => formatDate(r.birthday)} />
        <DataTable.Col source="createdAt" render={(r) => formatDateTime(r.createdAt)} />
        <DataTable.Col source="lastActivityAt" render={(r) => formatDateTime(r.lastActivityAt)} />
      </DataTable>
    </List>
  );
}
