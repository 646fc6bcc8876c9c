import { Box, Typography } from '@mui/material';
import {
  DateTimeInput,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { DateTimeText, choicesOf } from '../common/fields';
import { STAFF_ROLE } from '../common/labels';
import { auditChanges, auditExtra } from './changes';
import { ServerDatagrid } from '../common/ServerDatagrid';

const filters = [
  <ReferenceInput key="actor" source="actorStaffId" reference="staff" alwaysOn>
    <SelectInput optionText="name" label="Кто" />
  </ReferenceInput>,
  <TextInput
    key="action"
    source="action"
    label="Действие"
    helperText="например settings.* или client.updated"
    alwaysOn
  />,
  <TextInput key="entityType" source="entityType" label="Объект" />,
  <TextInput key="entityId" source="entityId" label="ID объекта" />,
  <SelectInput key="role" source="actorRole" label="Роль" choices={choicesOf(STAFF_ROLE)} />,
  <DateTimeInput
    key="from"
    source="from"
    label="С"
    parse={(v: string) => (v ? new Date(v).toISOString() : '')}
  />,
  <DateTimeInput
    key="to"
    source="to"
    label="По"
    parse={(v: string) => (v ? new Date(v).toISOString() : '')}
  />,
];

function ChangesField(_: { label?: string }) {
  const record = useRecordContext();
  const changes = auditChanges(record?.payload);
  const extra = auditExtra(record?.payload);
  return (
    <Box sx={{ maxWidth: 520 }}>
      {changes.map((c) => (
        <Typography key={c.field} variant="body2" sx={{ wordBreak: 'break-word' }}>
          <b>{c.field}</b>: {c.before} → {c.after}
        </Typography>
      ))}
      {extra && (
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
          {extra}
        </Typography>
      )}
    </Box>
  );
}

/** «Журнал действий»: who did what, when, with old → new (owner only). */
export default function AuditLogList() {
  return (
    <List filters={filters} perPage={50} empty={false} exporter={false}>
      <ServerDatagrid bulkActionButtons={false} rowClick={false}>
        <DateTimeText source="createdAt" label="Время" />
        <ReferenceField source="actorStaffId" reference="staff" link={false} emptyText="система">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="action" />
        <TextField source="entityType" />
        <TextField source="entityId" emptyText="—" />
        <ChangesField label="Было → стало" />
        <TextField source="ip" emptyText="—" />
      </ServerDatagrid>
    </List>
  );
}
