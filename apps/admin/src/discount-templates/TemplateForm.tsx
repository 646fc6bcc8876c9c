import {
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { choicesOf } from '../common/fields';
import { DISCOUNT_EVENT } from '../common/labels';
import { RecurrenceInput } from './RecurrenceInput';
import {
  parseDays,
  validateCap,
  validateMinPurchase,
  validateName,
  validateReminders,
  validateSharedCode,
  validateValidity,
  validateValue,
} from './template-rules';

const blankToNull = (v: string | number | null) => (v === '' || v === undefined ? null : v);

/** Every rule of DESIGN §2 «Discount templates», validated at its field. */
export function TemplateForm() {
  return (
    <SimpleForm sx={{ maxWidth: 720 }}>
      <TextInput source="name" validate={validateName} fullWidth />
      <SelectInput source="event" choices={choicesOf(DISCOUNT_EVENT)} defaultValue="manual" />
      <RadioButtonGroupInput
        source="valueType"
        defaultValue="percent"
        choices={[
          { id: 'percent', name: 'Процент' },
          { id: 'fixed', name: 'Рубли' },
        ]}
      />
      <FormDataConsumer>
        {({ formData }) => (
          <NumberInput
            source="value"
            validate={validateValue}
            label={formData.valueType === 'fixed' ? 'Размер, ₽' : 'Размер, %'}
            helperText={formData.valueType === 'fixed' ? 'рубли, до копеек' : 'целое число от 1 до 100'}
          />
        )}
      </FormDataConsumer>
      <NumberInput
        source="validityDays"
        validate={validateValidity}
        parse={blankToNull}
        helperText="пусто — бессрочно"
      />
      <RadioButtonGroupInput
        source="usage"
        defaultValue="single"
        choices={[
          { id: 'single', name: 'Личный код каждому клиенту' },
          { id: 'shared', name: 'Общий код для всех' },
        ]}
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.usage === 'shared' && (
            <>
              <TextInput source="sharedCode" validate={validateSharedCode} helperText="например MARMELAD10" />
              <NumberInput
                source="redemptionCap"
                validate={validateCap}
                parse={blankToNull}
                helperText="пусто — без лимита"
              />
            </>
          )
        }
      </FormDataConsumer>
      <RecurrenceInput source="recurrence" />
      <TextInput
        source="reminderDays"
        validate={validateReminders}
        format={(v: unknown) => (Array.isArray(v) ? v.join(', ') : ((v as string) ?? ''))}
        parse={(v: string) => parseDays(v)}
        helperText="через запятую, например 7, 30; только пока код не использован и действует"
      />
      <NumberInput
        source="minPurchase"
        validate={validateMinPurchase}
        parse={blankToNull}
        helperText="пусто — без минимума"
      />
      <BooleanInput source="active" defaultValue={true} />
    </SimpleForm>
  );
}
