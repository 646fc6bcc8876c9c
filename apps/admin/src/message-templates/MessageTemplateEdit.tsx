import RestoreIcon from '@mui/icons-material/Restore';
import { Alert, Box, Chip, Grid, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Edit,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useDataProvider,
  useRecordContext,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ActionButton } from '../common/ActionButton';
import { TelegramText } from '../common/TelegramText';
import type { DvorikDataProvider } from '../dataProvider';
import { TEMPLATE_DESCRIPTIONS } from './keys';
import { PLACEHOLDERS, templateTextProblem, usedPlaceholders } from './template-text';

/** The live preview: the API fills the placeholders with sample values as the text changes. */
function Preview() {
  const record = useRecordContext();
  const body = useWatch({ name: 'body' }) as string | undefined;
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const [rendered, setRendered] = useState<string | null>(null);
  const problem = templateTextProblem(body);
  useEffect(() => {
    if (!record || problem || body === undefined) return;
    const timer = setTimeout(() => {
      dataProvider
        .post<{ rendered: string }>(`/message-templates/${encodeURIComponent(String(record.key))}/preview`, {
          body,
        })
        .then(({ data }) => setRendered(data.rendered))
        .catch(() => setRendered(null));
    }, 300);
    return () => clearTimeout(timer);
  }, [body, problem, record, dataProvider]);
  return (
    <Box>
      <Typography variant="subtitle2" gutterBottom>
        Предпросмотр
      </Typography>
      {problem ? (
        <Alert severity="warning">Текст с ошибкой: предпросмотра нет</Alert>
      ) : rendered !== null ? (
        <TelegramText html={rendered} />
      ) : null}
    </Box>
  );
}

function Placeholders() {
  const record = useRecordContext();
  const inDefault = new Set(usedPlaceholders(String(record?.defaultBody ?? '')));
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2" gutterBottom>
        Подстановки (в тексте по умолчанию выделены)
      </Typography>
      {Object.entries(PLACEHOLDERS).map(([name, meaning]) => (
        <Tooltip key={name} title={meaning}>
          <Chip
            size="small"
            label={`{{${name}}}`}
            color={inDefault.has(name) ? 'primary' : 'default'}
            sx={{ mr: 0.5, mb: 0.5 }}
          />
        </Tooltip>
      ))}
    </Box>
  );
}

function EditToolbar() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DvorikDataProvider>();
  return (
    <Toolbar sx={{ gap: 2 }}>
      <SaveButton label="Сохранить" />
      {record && !record.isDefault && (
        <ActionButton
          label="Вернуть по умолчанию"
          icon={<RestoreIcon />}
          color="warning"
          confirm={{ title: 'Вернуть текст по умолчанию?', content: 'Ваш текст будет заменён исходным.' }}
          run={() => dataProvider.action('message-templates', String(record.key), 'restore-default')}
          success="Текст возвращён по умолчанию"
        />
      )}
    </Toolbar>
  );
}

function Title() {
  const record = useRecordContext();
  return (
    <span>Текст бота: {record ? (TEMPLATE_DESCRIPTIONS[String(record.key)] ?? String(record.key)) : ''}</span>
  );
}

/** One bot text: edit with the placeholders listed, a live preview, «Вернуть по умолчанию». */
export default function MessageTemplateEdit() {
  return (
    <Edit mutationMode="pessimistic" title={<Title />} redirect={false}>
      <SimpleForm toolbar={<EditToolbar />}>
        <Grid container spacing={3} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 7 }}>
            <TextInput
              source="body"
              label="Текст"
              multiline
              minRows={6}
              fullWidth
              validate={templateTextProblem}
              helperText="Telegram HTML: <b>, <i>, <u>, <s>, <a href>, <code>; подстановки — {{имя}}"
            />
            <Placeholders />
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>
            <Preview />
          </Grid>
        </Grid>
      </SimpleForm>
    </Edit>
  );
}
