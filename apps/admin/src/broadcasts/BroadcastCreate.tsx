import { Card } from '@mui/material';
import { useMemo } from 'react';
import { CreateBase, Title, useTranslate } from 'react-admin';
import { toComposerValues } from './broadcast-form';
import { ComposerForm } from './ComposerForm';
import { useComposerSubmit } from './useComposerSubmit';

function CreateComposer() {
  const submit = useComposerSubmit();
  const values = useMemo(() => toComposerValues(undefined), []);
  return <ComposerForm values={values} media={null} onSubmit={submit} />;
}

/** A new draft; media, the test send and the launch come on its page once saved. */
export default function BroadcastCreate() {
  const t = useTranslate();
  return (
    <CreateBase redirect="edit">
      <Title title={t('dvorik.broadcasts.new')} />
      <Card sx={{ mt: 2 }}>
        <CreateComposer />
      </Card>
    </CreateBase>
  );
}
