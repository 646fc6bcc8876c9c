import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Box } from '@mui/material';
import { FunctionField, List, SelectInput, TextField, useDataProvider, useRecordContext } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { DateTimeText, StatusChip, choicesOf } from '../common/fields';
import { CASHIER_STATUS } from '../common/labels';
import type { DvorikDataProvider } from '../dataProvider';
import { ServerDatagrid } from '../common/ServerDatagrid';

const filters = [
  <SelectInput key="status" source="status" label="Статус" choices={choicesOf(CASHIER_STATUS)} alwaysOn />,
];

/** «Одобрить» / «Отклонить» for a request, «Заблокировать» / «Разблокировать» for the others. */
function Decisions(_: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  if (!record) return null;
  const act = (action: string) => () => dataProvider.action('cashiers', record.id, action);
  const name = String(record.name);
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      {record.status === 'pending' && (
        <>
          <ActionButton
            label="Одобрить"
            icon={<CheckIcon />}
            color="success"
            run={act('approve')}
            success={`${name}: доступ одобрен`}
          />
          <ActionButton
            label="Отклонить"
            icon={<CloseIcon />}
            color="error"
            run={act('reject')}
            success={`${name}: заявка отклонена`}
            confirm={{ title: 'Отклонить заявку?', content: `${name} не сможет проверять коды.` }}
          />
        </>
      )}
      {record.status === 'active' && (
        <ActionButton
          label="Заблокировать"
          icon={<BlockIcon />}
          color="error"
          run={act('block')}
          success={`${name}: заблокирован`}
          confirm={{ title: 'Заблокировать кассира?', content: `${name} больше не сможет погашать коды.` }}
        />
      )}
      {record.status === 'blocked' && (
        <ActionButton
          label="Разблокировать"
          icon={<LockOpenIcon />}
          run={act('unblock')}
          success={`${name}: разблокирован`}
        />
      )}
    </Box>
  );
}

/** «Кассиры»: requests from the staff bot and the cashiers (owner only). */
export default function CashierList() {
  return (
    <List empty={false} filters={filters} exporter={false}>
      <ServerDatagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" />
        <FunctionField label="Username" render={(r) => (r.username ? `@${r.username as string}` : '—')} />
        <TextField source="telegramId" />
        <TextField source="store" emptyText="—" />
        <StatusChip
          source="status"
          label="Статус"
          labels={CASHIER_STATUS}
          colors={{ pending: 'warning', active: 'success', blocked: 'error' }}
        />
        <DateTimeText source="createdAt" label="Заявка" />
        <Decisions label="Действия" />
      </ServerDatagrid>
    </List>
  );
}
