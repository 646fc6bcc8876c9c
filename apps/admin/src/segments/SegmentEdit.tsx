import { Edit, SimpleForm, TextInput } from 'react-admin';
import { SegmentPreview } from './SegmentPreview';

/** Rename or describe a saved segment; its filter is saved again from «Клиенты». */
export default function SegmentEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" aside={undefined}>
      <SimpleForm>
        <TextInput source="name" fullWidth />
        <TextInput source="description" fullWidth multiline />
      </SimpleForm>
      <SegmentPreview />
    </Edit>
  );
}
