import { Create } from 'react-admin';
import { TemplateForm } from './TemplateForm';
import { type TemplateValues, toApiTemplate } from './template-rules';

export default function TemplateCreate() {
  return (
    <Create redirect="list" title="Новый шаблон скидки" transform={(v: TemplateValues) => toApiTemplate(v)}>
      <TemplateForm />
    </Create>
  );
}
