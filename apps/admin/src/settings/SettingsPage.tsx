import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import {
  Form,
  HttpError,
  Loading,
  ResourceContextProvider,
  SaveButton,
  Title,
  Toolbar,
  useDataProvider,
  useNotify,
  usePermissions,
} from 'react-admin';
import { isOwner } from '../auth/roles';
import type { DvorikDataProvider } from '../dataProvider';
import { SettingInput } from './SettingInput';
import { type SettingField, type SettingSchema, settingChanges, settingField } from './setting-fields';

type Values = Record<string, unknown>;

/** «Настройки»: one typed field per setting (GET /settings/schema), saved by PATCH /settings. */
export default function SettingsPage() {
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const [fields, setFields] = useState<SettingField[] | null>(null);
  const [loaded, setLoaded] = useState<Values | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([
      dataProvider.get<{ items: SettingSchema[] }>('/settings/schema'),
      dataProvider.get<Values>('/settings'),
    ])
      .then(([schema, values]) => {
        setFields(schema.items.map(settingField));
        setLoaded(values);
      })
      .catch((e: Error) => setError(e.message));
  }, [dataProvider]);

  const defaults = useMemo(() => {
    if (!loaded || !fields) return undefined;
    const values: Values = {};
    for (const field of fields) {
      const value = loaded[field.key];
      values[field.key] = field.kind === 'text' ? (value ?? '') : value;
    }
    return values;
  }, [loaded, fields]);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!fields || !loaded || !defaults) return <Loading />;

  const save = async (values: Values) => {
    const changes = settingChanges(fields, values, loaded);
    if (Object.keys(changes).length === 0) {
      notify('Изменений нет', { type: 'info' });
      return undefined;
    }
    try {
      const after = await dataProvider.patch<Values>('/settings', changes);
      setLoaded(after);
      notify('Настройки сохранены', { type: 'success' });
      return undefined;
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
      // Field errors (SETTINGS_INVALID details.fields) land at their fields.
      return e instanceof HttpError ? ((e.body as { errors?: Values })?.errors ?? undefined) : undefined;
    }
  };

  const owner = isOwner(permissions);
  return (
    <Card>
      <Title title="Настройки" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Каждое изменение записывается в «Журнал действий» и приходит владельцам в бот персонала.
        </Typography>
        {/* Not a resource, but the list inputs (sources) need a resource context. */}
        <ResourceContextProvider value="settings">
          <Form record={defaults} onSubmit={save}>
            <div style={{ maxWidth: 640 }}>
              {fields.map((field) => (
                <SettingInput key={field.key} field={field} />
              ))}
            </div>
            {owner && (
              <Toolbar>
                <SaveButton label="Сохранить" alwaysEnable />
              </Toolbar>
            )}
          </Form>
        </ResourceContextProvider>
      </CardContent>
    </Card>
  );
}
