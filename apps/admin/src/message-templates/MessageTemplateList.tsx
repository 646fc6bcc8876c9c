import { Box, Chip, Typography } from '@mui/material';
import { FunctionField, List, TextField, usePermissions, useRecordContext } from 'react-admin';
import { canEdit } from '../auth/roles';
import { DateTimeText } from '../common/fields';
import { TelegramText } from '../common/TelegramText';
import { TEMPLATE_DESCRIPTIONS } from './keys';
import { usedPlaceholders } from './template-text';
import { ServerDatagrid } from '../common/ServerDatagrid';

function BodyPanel() {
  const record = useRecordContext();
  return (
    <Box sx={{ p: 1 }}>
      <TelegramText html={String(record?.body ?? '')} />
    </Box>
  );
}

/** «Тексты бота»: every bot text by key, with the placeholders it uses. */
export default function MessageTemplateList() {
  const { permissions } = usePermissions();
  const editor = canEdit(permissions);
  return (
    <List pagination={false} perPage={200} exporter={false}>
      <ServerDatagrid
        bulkActionButtons={false}
        rowClick={editor ? 'edit' : 'expand'}
        expand={editor ? undefined : <BodyPanel />}
      >
        <TextField source="key" />
        <FunctionField
          label="Где используется"
          render={(r) => TEMPLATE_DESCRIPTIONS[r.key as string] ?? '—'}
        />
        <FunctionField
          label="Текст"
          render={(r) => (
            <Typography variant="body2" sx={{ maxWidth: 420 }} noWrap>
              {String(r.body)}
            </Typography>
          )}
        />
        <FunctionField
          label="Подстановки"
          render={(r) =>
            usedPlaceholders(String(r.body)).map((p) => (
              <Chip key={p} size="small" label={`{{${p}}}`} sx={{ mr: 0.5 }} />
            ))
          }
        />
        <FunctionField label="Изменён" render={(r) => (r.isDefault ? 'по умолчанию' : '')} />
        <DateTimeText source="updatedAt" label="Изменён" />
      </ServerDatagrid>
    </List>
  );
}
