import { Edit } from 'react-admin';
import { TemplateForm } from './TemplateForm';
import { type TemplateValues, toApiTemplate } from './template-rules';

/** Codes already issued keep their value: the API changes only the template. */
export default function TemplateEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={(v: TemplateValues) => toApiTemplate(v)}>
      <TemplateForm />
    </Edit>
  );
}
