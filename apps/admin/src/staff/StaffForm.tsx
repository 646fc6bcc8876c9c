import {
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  email,
  maxLength,
  minLength,
  minValue,
  required,
} from 'react-admin';
import { choicesOf } from '../common/labels-choices';

/** Staff fields with the API's rules (DESIGN §2 «Staff»). */
export function StaffForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm>
      {creating && (
        <NumberInput
          source="telegramId"
          validate={[required('Укажите Telegram ID'), minValue(1, 'Неверный Telegram ID')]}
          helperText="Сотрудник узнает его у @userinfobot"
        />
      )}
      <TextInput source="name" validate={[required('Укажите имя'), maxLength(255)]} fullWidth />
      <TextInput
        source="email"
        validate={email('Неверный email')}
        parse={(v: string) => v || null}
        fullWidth
      />
      <SelectInput source="role" choices={choicesOf('role')} validate={required('Выберите роль')} />
      <PasswordInput
        source="password"
        validate={minLength(10, 'Пароль должен быть не короче 10 символов')}
        parse={(v: string) => v || undefined}
        helperText={
          creating
            ? 'Необязательно: без пароля вход только по ссылке из бота'
            : 'Оставьте пустым, чтобы не менять'
        }
      />
      <BooleanInput source="canBroadcastFromChat" />
      {!creating && <BooleanInput source="active" />}
      <CheckboxGroupInput source="notificationGroups" choices={choicesOf('group')} />
    </SimpleForm>
  );
}
