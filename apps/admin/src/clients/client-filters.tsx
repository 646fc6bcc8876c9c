import {
  DateInput,
  NullableBooleanInput,
  NumberInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
} from 'react-admin';

const yesNo = { trueLabel: 'Да', falseLabel: 'Нет', nullLabel: 'Не важно' };
export const GENDER_CHOICES = [
  { id: 'female', name: 'Женский' },
  { id: 'male', name: 'Мужской' },
  { id: 'unknown', name: 'Не указан' },
];
export const STATUS_CHOICES = [
  { id: 'active', name: 'Активен' },
  { id: 'blocked', name: 'Заблокировал бота' },
  { id: 'banned', name: 'Заблокирован магазином' },
];
const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
].map((name, i) => ({ id: i + 1, name }));

/**
 * The filter panel, one input per key of the client filter (DESIGN §2 «Segments and filters»);
 * the data provider turns the form into the API's filter (dataProvider/client-filter.ts).
 */
export const clientFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Имя, @username, Telegram ID, телефон" />,
  <NullableBooleanInput key="subscribed" source="subscribed" label="Подписан на канал" {...yesNo} />,
  <NullableBooleanInput
    key="hasActiveDiscounts"
    source="hasActiveDiscounts"
    label="Есть активная скидка"
    {...yesNo}
  />,
  <NullableBooleanInput key="redeemedEver" source="redeemedEver" label="Погашал скидку" {...yesNo} />,
  <SelectArrayInput key="gender" source="gender" label="Пол" choices={GENDER_CHOICES} />,
  <NumberInput key="age.from" source="age.from" label="Возраст от" min={0} max={130} />,
  <NumberInput key="age.to" source="age.to" label="Возраст до" min={0} max={130} />,
  <SelectInput key="birthdayMonth" source="birthdayMonth" label="Месяц рождения" choices={MONTHS} />,
  <NumberInput
    key="birthdayWithinDays"
    source="birthdayWithinDays"
    label="День рождения в ближайшие N дней"
    min={0}
    max={366}
  />,
  <DateInput key="registered.from" source="registered.from" label="Зарегистрирован с" />,
  <DateInput key="registered.to" source="registered.to" label="Зарегистрирован по" />,
  <TextInput key="tags.any" source="tags.any" label="Есть любой из тегов" helperText="через запятую" />,
  <TextInput key="tags.all" source="tags.all" label="Есть все теги" helperText="через запятую" />,
  <TextInput key="tags.none" source="tags.none" label="Нет тегов" helperText="через запятую" />,
  <TextInput key="source" source="source" label="Источник" helperText="ключи через запятую" />,
  <TextInput key="campaignId" source="campaignId" label="ID кампании" />,
  <SelectArrayInput key="status" source="status" label="Статус" choices={STATUS_CHOICES} />,
  <DateInput key="lastActivity.after" source="lastActivity.after" label="Активен после" />,
  <DateInput key="lastActivity.before" source="lastActivity.before" label="Активен до" />,
  <NullableBooleanInput key="isTest" source="isTest" label="Тестовые клиенты" {...yesNo} />,
];
