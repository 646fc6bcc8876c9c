import {
  BooleanField,
  CreateButton,
  FunctionField,
  List,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { canEdit } from '../auth/roles';
import { StatusChip, choicesOf } from '../common/fields';
import { DISCOUNT_EVENT } from '../common/labels';
import { formatMoney, formatPercent } from '../format';
import { describeRecurrence } from './template-rules';
import { ServerDatagrid } from '../common/ServerDatagrid';

const filters = [
  <SelectInput key="event" source="event" label="Событие" choices={choicesOf(DISCOUNT_EVENT)} alwaysOn />,
  <SelectInput
    key="active"
    source="active"
    label="Активен"
    choices={[
      { id: 'true', name: 'Да' },
      { id: 'false', name: 'Нет' },
    ]}
    alwaysOn
  />,
];

/** «Шаблоны скидок»: what a discount is; editors open one to change it. */
export default function TemplateList() {
  const { permissions } = usePermissions();
  const editor = canEdit(permissions);
  return (
    <List
      empty={false}
      filters={filters}
      exporter={false}
      actions={<TopToolbar>{editor && <CreateButton label="Создать" />}</TopToolbar>}
    >
      <ServerDatagrid bulkActionButtons={false} rowClick={editor ? 'edit' : false}>
        <TextField source="id" label="№" />
        <TextField source="name" />
        <StatusChip source="event" label="Событие" labels={DISCOUNT_EVENT} />
        <FunctionField
          label="Скидка"
          render={(r) =>
            r.valueType === 'fixed' ? formatMoney(r.value as number) : formatPercent(r.value as number)
          }
        />
        <FunctionField
          label="Срок"
          render={(r) => (r.validityDays === null ? 'бессрочно' : `${String(r.validityDays)} дн.`)}
        />
        <FunctionField
          label="Использование"
          render={(r) => (r.usage === 'shared' ? `общий код ${String(r.sharedCode)}` : 'личный код')}
        />
        <FunctionField label="Повтор" render={(r) => describeRecurrence(r.recurrence)} />
        <BooleanField source="active" />
      </ServerDatagrid>
    </List>
  );
}
