import { Box } from '@mui/material';
import {
  FunctionField,
  List,
  SelectInput,
  TextField,
  useDataProvider,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { canEdit } from '../auth/roles';
import { ActionButton } from '../common/ActionButton';
import { DateTimeText, StatusChip, choicesOf } from '../common/fields';
import { ORDER_STATUS } from '../common/labels';
import type { DvorikDataProvider } from '../dataProvider';
import { ServerDatagrid } from '../common/ServerDatagrid';

const filters = [
  <SelectInput key="status" source="status" label="Статус" choices={choicesOf(ORDER_STATUS)} alwaysOn />,
];

/** The next steps of an order (the API: draft → submitted → done; unfinished → cancelled). */
const NEXT: Record<string, Array<{ status: string; label: string }>> = {
  draft: [
    { status: 'submitted', label: 'Оформить' },
    { status: 'cancelled', label: 'Отменить' },
  ],
  submitted: [
    { status: 'done', label: 'Выполнен' },
    { status: 'cancelled', label: 'Отменить' },
  ],
};

function StatusActions(_: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      {(NEXT[record.status as string] ?? []).map((step) => (
        <ActionButton
          key={step.status}
          label={step.label}
          color={step.status === 'cancelled' ? 'error' : 'primary'}
          run={() => dataProvider.patch(`/orders/${String(record.id)}`, { status: step.status })}
          success={`Заказ №${String(record.id)}: ${ORDER_STATUS[step.status]}`}
          confirm={
            step.status === 'cancelled'
              ? { title: 'Отменить заказ?', content: `Заказ №${String(record.id)} будет отменён.` }
              : undefined
          }
        />
      ))}
    </Box>
  );
}

/** «Заказы»: VIP orders from the client bot and their status. */
export default function OrderList() {
  const { permissions } = usePermissions();
  return (
    <List empty={false} filters={filters} exporter={false}>
      <ServerDatagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="id" />
        <TextField source="clientName" />
        <FunctionField
          label="Username"
          render={(r) => (r.clientUsername ? `@${r.clientUsername as string}` : '—')}
        />
        <StatusChip
          source="status"
          label="Статус"
          labels={ORDER_STATUS}
          colors={{ done: 'success', cancelled: 'default', submitted: 'info', draft: 'warning' }}
        />
        <DateTimeText source="createdAt" label="Создан" />
        <DateTimeText source="updatedAt" label="Изменён" />
        {canEdit(permissions) && <StatusActions label="Действия" />}
      </ServerDatagrid>
    </List>
  );
}
