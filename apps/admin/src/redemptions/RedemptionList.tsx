import {
  DateTimeInput,
  FunctionField,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  usePermissions,
} from 'react-admin';
import { isOwner } from '../auth/roles';
import { DateTimeText, StatusChip, choicesOf } from '../common/fields';
import { REDEMPTION_ACTION, REDEMPTION_CHANNEL, REDEMPTION_RESULT } from '../common/labels';
import { formatMoney } from '../format';
import { RollbackButton } from './RollbackButton';
import { ServerDatagrid } from '../common/ServerDatagrid';

const iso = (v: string) => (v ? new Date(v).toISOString() : '');

function filtersFor(owner: boolean) {
  return [
    <SelectInput
      key="result"
      source="result"
      label="Результат"
      choices={choicesOf(REDEMPTION_RESULT)}
      alwaysOn
    />,
    <SelectInput
      key="action"
      source="action"
      label="Действие"
      choices={choicesOf(REDEMPTION_ACTION)}
      alwaysOn
    />,
    // The cashier list is the owner's; others filter by the cashier's number.
    owner ? (
      <ReferenceInput key="cashier" source="cashierId" reference="cashiers" alwaysOn>
        <SelectInput optionText="name" label="Кассир" />
      </ReferenceInput>
    ) : (
      <NumberInput key="cashier" source="cashierId" label="ID кассира" />
    ),
    <TextInput key="store" source="store" label="Магазин" alwaysOn />,
    <DateTimeInput key="from" source="from" label="С" parse={iso} alwaysOn />,
    <DateTimeInput key="to" source="to" label="По" parse={iso} alwaysOn />,
    <TextInput key="code" source="code" label="Код" />,
  ];
}

/** «Погашения»: every check and redemption; the owner rolls a redemption back with a reason. */
export default function RedemptionList() {
  const { permissions } = usePermissions();
  const owner = isOwner(permissions);
  return (
    <List empty={false} filters={filtersFor(owner)} exporter={false} perPage={50}>
      <ServerDatagrid bulkActionButtons={false} rowClick={false}>
        <DateTimeText source="createdAt" label="Время" />
        <StatusChip source="action" label="Действие" labels={REDEMPTION_ACTION} />
        <StatusChip
          source="result"
          label="Результат"
          labels={REDEMPTION_RESULT}
          colors={{ success: 'success', not_found: 'warning', locked: 'error', cashier_not_active: 'error' }}
        />
        <TextField source="codeEntered" />
        <TextField source="discountCode" emptyText="—" />
        <TextField source="clientName" emptyText="—" />
        <TextField source="cashierName" emptyText="—" />
        <TextField source="store" emptyText="—" />
        <StatusChip source="channel" label="Канал" labels={REDEMPTION_CHANNEL} />
        <FunctionField label="Сумма покупки" render={(r) => formatMoney(r.purchaseAmount as number | null)} />
        <FunctionField
          label="Отменено"
          render={(r) =>
            r.rolledBackAt
              ? `${String(r.rollbackReason ?? '')}`
              : [
                  r.clientNotNotified ? 'клиент не уведомлён' : '',
                  r.subscriptionUnverified ? 'подписка не проверена: Telegram недоступен' : '',
                ]
                  .filter(Boolean)
                  .join('; ')
          }
        />
        {owner && <RollbackButton label="Действия" />}
      </ServerDatagrid>
    </List>
  );
}
