import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import {
  EditButton,
  FunctionField,
  Labeled,
  Show,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { canEdit, canSeePhone } from '../auth/roles';
import { SmallTable } from '../dashboard/SmallTable';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { GENDER_CHOICES, STATUS_CHOICES } from './client-filters';

interface ClientDetail {
  id: number;
  tags: string[];
  gender: string;
  status: string;
  birthday: string | null;
  subscribed: boolean;
  campaign: { name: string } | null;
  activeDiscounts: Array<{
    id: number;
    displayCode: string;
    templateName: string;
    valueText: string;
    expiresAt: string | null;
  }>;
  history: Array<{
    id: number;
    discountCode: string | null;
    cashierName: string | null;
    store: string | null;
    purchaseAmount: number | null;
    createdAt: string;
  }>;
}

const choice = (choices: Array<{ id: string; name: string }>, id: string) =>
  choices.find((c) => c.id === id)?.name ?? id;

function Discounts() {
  const t = useTranslate();
  const record = useRecordContext<ClientDetail>();
  // The list's row stands in until the detail arrives; it has no discounts yet.
  if (!record?.activeDiscounts) return null;
  return (
    <Card component="section" aria-label={t('dvorik.clients.activeDiscounts')} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dvorik.clients.activeDiscounts')}
        </Typography>
        <SmallTable
          rows={record.activeDiscounts}
          empty={t('dvorik.dashboard.noData')}
          columns={[
            { label: t('dvorik.dashboard.code'), render: (d) => d.displayCode },
            { label: t('dvorik.dashboard.template'), render: (d) => d.templateName },
            { label: t('dvorik.clients.value'), render: (d) => d.valueText },
            { label: t('dvorik.clients.expires'), render: (d) => formatDateTime(d.expiresAt) },
          ]}
        />
      </CardContent>
    </Card>
  );
}

function History() {
  const t = useTranslate();
  const record = useRecordContext<ClientDetail>();
  if (!record?.history) return null;
  return (
    <Card component="section" aria-label={t('dvorik.clients.history')} sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {t('dvorik.clients.history')}
        </Typography>
        <SmallTable
          rows={record.history}
          empty={t('dvorik.dashboard.noData')}
          columns={[
            { label: t('dvorik.dashboard.code'), render: (r) => r.discountCode ?? '' },
            { label: t('dvorik.dashboard.cashier'), render: (r) => r.cashierName ?? '—' },
            { label: t('dvorik.dashboard.store'), render: (r) => r.store ?? '—' },
            { label: t('dvorik.clients.purchase'), render: (r) => formatMoney(r.purchaseAmount) },
            { label: t('dvorik.dashboard.time'), render: (r) => formatDateTime(r.createdAt) },
          ]}
        />
      </CardContent>
    </Card>
  );
}

/** A client: profile, active codes, redemption history; «Редактировать» for editors only. */
export default function ClientShow() {
  const { permissions: role } = usePermissions<string>();
  return (
    <Show
      actions={
        canEdit(role) ? (
          <TopToolbar>
            <EditButton />
          </TopToolbar>
        ) : (
          false
        )
      }
    >
      <CardContent>
        <Stack direction="row" spacing={4} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
          <Labeled>
            <TextField source="id" />
          </Labeled>
          <Labeled>
            <TextField source="displayName" label="resources.clients.fields.firstName" />
          </Labeled>
          <Labeled>
            <TextField source="username" />
          </Labeled>
          <Labeled>
            <TextField source="telegramId" />
          </Labeled>
          {canSeePhone(role) && (
            <Labeled>
              <TextField source="phone" emptyText="—" />
            </Labeled>
          )}
          <Labeled>
            <FunctionField<ClientDetail> source="gender" render={(r) => choice(GENDER_CHOICES, r.gender)} />
          </Labeled>
          <Labeled>
            <FunctionField<ClientDetail> source="birthday" render={(r) => formatDate(r.birthday) || '—'} />
          </Labeled>
          <Labeled>
            <FunctionField<ClientDetail> source="status" render={(r) => choice(STATUS_CHOICES, r.status)} />
          </Labeled>
          <Labeled>
            <FunctionField<ClientDetail> source="subscribed" render={(r) => (r.subscribed ? 'Да' : 'Нет')} />
          </Labeled>
          <Labeled>
            <TextField source="source" />
          </Labeled>
          <Labeled>
            <FunctionField<ClientDetail> source="campaign" render={(r) => r.campaign?.name ?? '—'} />
          </Labeled>
          <Labeled>
            <FunctionField
              source="createdAt"
              render={(r: { createdAt: string }) => formatDateTime(r.createdAt)}
            />
          </Labeled>
          <Labeled>
            <FunctionField
              source="lastActivityAt"
              render={(r: { lastActivityAt: string }) => formatDateTime(r.lastActivityAt)}
            />
          </Labeled>
          <Labeled>
            <FunctionField<ClientDetail>
              source="tags"
              render={(r) => (
                <Stack direction="row" spacing={0.5}>
                  {r.tags.map((tag) => (
                    <Chip key={tag} label={tag} size="small" />
                  ))}
                </Stack>
              )}
            />
          </Labeled>
        </Stack>
      </CardContent>
      <Discounts />
      <History />
    </Show>
  );
}
