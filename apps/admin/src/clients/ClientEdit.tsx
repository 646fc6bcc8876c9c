import {
  BooleanInput,
  DateInput,
  Edit,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { GENDER_CHOICES } from './client-filters';

function BannedInput() {
  const record = useRecordContext<{ status: string }>();
  return <BooleanInput source="banned" defaultValue={record?.status === 'banned'} />;
}

/**
 * Staff edit tags, phone, gender, birthday and the shop's ban (editors only: readonly never gets
 * here and never sees a phone). Only changed fields are sent; the API's field errors show here.
 */
export default function ClientEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TextArrayInput source="tags" helperText="Enter после каждого тега" />
        <TextInput source="phone" />
        <SelectInput source="gender" choices={GENDER_CHOICES} />
        <DateInput source="birthday" />
        <BannedInput />
      </SimpleForm>
    </Edit>
  );
}
