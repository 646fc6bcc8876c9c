import { Chip } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  FunctionField,
  List,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTimeText, StatusChip } from '../common/fields';
import { NOTIFICATION_GROUP, STAFF_ROLE } from '../common/labels';
import { choicesOf } from '../common/labels-choices';
import { LoginLinkButton } from './LoginLinkButton';
import { ServerDatagrid } from '../common/ServerDatagrid';

const filters = [
  <SelectInput key="role" source="role" label="Роль" choices={choicesOf('role')} alwaysOn />,
  <SelectInput
    key="active"
    source="active"
    label="Активен"
    choices={[
      { id: 'true', name: 'Да' },
      { id: 'false', name: 'Нет' },
    ]}
  />,
];

/** «Сотрудники» (owner only): roles, notification groups, a one-time login link. */
export default function StaffList() {
  return (
    <List
      empty={false}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton label="Добавить" />
        </TopToolbar>
      }
    >
      <ServerDatagrid bulkActionButtons={false} rowClick="edit">
        <TextField source="name" />
        <TextField source="telegramId" />
        <StatusChip source="role" label="Роль" labels={STAFF_ROLE} />
        <BooleanField source="active" />
        <FunctionField
          label="Уведомления"
          render={(r) =>
            ((r.notificationGroups as string[]) ?? []).map((g) => (
              <Chip key={g} size="small" label={NOTIFICATION_GROUP[g] ?? g} sx={{ mr: 0.5, mb: 0.5 }} />
            ))
          }
        />
        <DateTimeText source="createdAt" label="Добавлен" />
        <LoginLinkButton label="Вход" />
      </ServerDatagrid>
    </List>
  );
}
