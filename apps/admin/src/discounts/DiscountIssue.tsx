import {
  AutocompleteInput,
  Form,
  HttpError,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  Toolbar,
  maxLength,
  required,
  useDataProvider,
  useNotify,
  useRedirect,
} from 'react-admin';
import { Card, CardContent } from '@mui/material';
import type { DvorikDataProvider } from '../dataProvider';
import { formatDateTime } from '../format';

interface Issued {
  discount: { displayCode: string };
  created: boolean;
}

interface ClientOption {
  id: number;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
}

/** DESIGN's display name: first + last name, else @username, else «Без имени»; with the id. */
const clientName = (c: ClientOption) => {
  const name = [c.firstName, c.lastName].filter(Boolean).join(' ');
  const text = name || (c.username ? `@${c.username}` : 'Без имени');
  return `${text} (ID ${c.id})`;
};

/** «Выдать скидку»: a template to one client (POST /discounts), with the API's refusal in Russian. */
export default function DiscountIssue() {
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const save = async (values: Record<string, unknown>) => {
    try {
      const { data } = await dataProvider.post<Issued>('/discounts', {
        clientId: values.clientId,
        templateId: values.templateId,
        ...(values.reason ? { reason: values.reason } : {}),
      });
      notify(
        data.created
          ? `Выдан код ${data.discount.displayCode}`
          : `Уже был выдан код ${data.discount.displayCode}`,
        {
          type: 'success',
        },
      );
      redirect('list', 'discounts');
      return undefined;
    } catch (e) {
      const body =
        e instanceof HttpError ? (e.body as { details?: { nextAt?: string }; errors?: object }) : null;
      const next = body?.details?.nextAt ? ` (снова можно с ${formatDateTime(body.details.nextAt)})` : '';
      notify(`${(e as Error).message}${next}`, { type: 'error' });
      return body?.errors;
    }
  };
  return (
    <Card>
      <Title title="Выдать скидку" />
      <CardContent>
        <Form onSubmit={save}>
          <ReferenceInput source="clientId" reference="clients">
            <AutocompleteInput
              label="Клиент"
              optionText={clientName}
              filterToQuery={(q: string) => ({ q })}
              validate={required('Выберите клиента')}
              sx={{ minWidth: 420 }}
            />
          </ReferenceInput>
          <ReferenceInput source="templateId" reference="discount-templates" filter={{ active: 'true' }}>
            <SelectInput
              optionText="name"
              label="Шаблон"
              validate={required('Выберите шаблон')}
              sx={{ minWidth: 420 }}
            />
          </ReferenceInput>
          <TextInput source="reason" label="Причина" validate={maxLength(255)} fullWidth />
          <Toolbar>
            <SaveButton label="Выдать" />
          </Toolbar>
        </Form>
      </CardContent>
    </Card>
  );
}
