import {
  ArrayInput,
  BooleanInput,
  NumberInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetList,
} from 'react-admin';
import { SETTING_LABELS } from './labels';
import { type SettingField, settingProblem } from './setting-fields';

/** One typed input for one setting, validated as the API validates it. */
export function SettingInput({ field }: { field: SettingField }) {
  const { label, hint } = SETTING_LABELS[field.key] ?? { label: field.key };
  const validate = (value: unknown) => settingProblem(field, value);
  const common = {
    source: field.key,
    label,
    helperText: hint ?? (false as const),
    validate,
    fullWidth: true,
  };
  switch (field.kind) {
    case 'boolean':
      return <BooleanInput {...common} />;
    case 'integer':
      return <NumberInput {...common} step={1} />;
    case 'template':
      return <TemplateSelect {...common} nullable={field.nullable} />;
    case 'text':
      return <TextInput {...common} parse={(v: string) => v} format={(v: unknown) => (v ?? '') as string} />;
    case 'list':
      return (
        <ArrayInput source={field.key} label={label} helperText={hint ?? false} validate={validate}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="" label="Значение" helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      );
  }
}

function TemplateSelect(props: {
  source: string;
  label: string;
  helperText: string | false;
  validate: (value: unknown) => string | undefined;
  nullable: boolean;
}) {
  const { data = [], isPending } = useGetList('discount-templates', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'id', order: 'ASC' },
  });
  const { nullable, ...rest } = props;
  return (
    <SelectInput
      {...rest}
      isPending={isPending}
      choices={data.map((t) => ({ id: t.id as number, name: `${t.name as string} (№${t.id})` }))}
      emptyText={nullable ? 'Не выбран' : undefined}
      fullWidth
    />
  );
}
