import BlockIcon from '@mui/icons-material/Block';
import {
  CreateButton,
  DateInput,
  List,
  NumberField,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useDataProvider,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { canEdit } from '../auth/roles';
import { ActionButton } from '../common/ActionButton';
import { DateTimeText, StatusChip, choicesOf } from '../common/fields';
import { DISCOUNT_EVENT, DISCOUNT_STATUS } from '../common/labels';
import type { DvorikDataProvider } from '../dataProvider';
import { ServerDatagrid } from '../common/ServerDatagrid';

/** A shop-local day (YYYY-MM-DD from a date input) → its start as an ISO instant (UTC+10). */
const dayStart = (v: string) => (v ? new Date(`${v}T00:00:00+10:00`).toISOString() : '');

const filters = [
  <TextInput key="code" source="code" label="Код" alwaysOn />,
  <SelectInput key="status" source="status" label="Статус" choices={choicesOf(DISCOUNT_STATUS)} alwaysOn />,
  <ReferenceInput key="template" source="templateId" reference="discount-templates" alwaysOn>
    <SelectInput optionText="name" label="Шаблон" />
  </ReferenceInput>,
  <SelectInput key="origin" source="origin" label="Повод" choices={choicesOf(DISCOUNT_EVENT)} />,
  <NumberInput key="client" source="clientId" label="ID клиента" />,
  <DateInput
    key="from"
    source="issuedFrom"
    label="Выдана с"
    parse={dayStart}
    format={(v: string) => (v ? v.slice(0, 10) : '')}
  />,
  <DateInput
    key="to"
    source="issuedTo"
    label="Выдана до"
    parse={dayStart}
    format={(v: string) => (v ? v.slice(0, 10) : '')}
  />,
];

function RevokeButton(_: { label?: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  if (!record || record.status !== 'active') return null;
  return (
    <ActionButton
      label="Отозвать"
      icon={<BlockIcon />}
      color="error"
      run={() => dataProvider.action('discounts', record.id, 'revoke', {})}
      success={`Код ${String(record.displayCode)} отозван`}
      confirm={{
        title: 'Отозвать скидку?',
        content: `Код ${String(record.displayCode)} перестанет действовать. Это нельзя отменить.`,
      }}
    />
  );
}

/** «Скидки»: issued codes, filterable; editors issue a template to a client and revoke. */
export default function DiscountList() {
  const { permissions } = usePermissions();
  const editor = canEdit(permissions);
  return (
    <List
      empty={false}
      filters={filters}
      exporter={false}
      actions={<TopToolbar>{editor && <CreateButton label="Выдать скидку" />}</TopToolbar>}
    >
      <ServerDatagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="displayCode" />
        <TextField source="templateName" />
        <TextField source="clientName" emptyText="— (общий код)" />
        <TextField source="valueText" />
        <StatusChip
          source="status"
          label="Статус"
          labels={DISCOUNT_STATUS}
          colors={{ active: 'success', redeemed: 'info', revoked: 'error' }}
        />
        <StatusChip source="origin" label="Повод" labels={DISCOUNT_EVENT} />
        <DateTimeText source="issuedAt" label="Выдана" />
        <DateTimeText source="expiresAt" label="Действует до" />
        <DateTimeText source="redeemedAt" label="Погашена" />
        <NumberField source="redemptionCount" />
        {editor && <RevokeButton label="Действия" />}
      </ServerDatagrid>
    </List>
  );
}
