import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  required,
  useTranslate,
} from 'react-admin';
import type { ComposerValues } from './broadcast-form';
import { htmlProblem, visibleLength } from './telegram-preview';
import { type PreviewMedia, TelegramPreview } from './TelegramPreview';

export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

function TextCounter({ text, limit }: { text: string; limit: number }) {
  const t = useTranslate();
  const length = visibleLength(text ?? '');
  return (
    <Typography
      variant="caption"
      color={length > limit ? 'error' : 'text.secondary'}
      aria-label={t('dvorik.broadcasts.counter')}
    >
      {length} / {limit}
    </Typography>
  );
}

/**
 * The broadcast composer: title, Telegram HTML with its counter (4096, or 1024 as a caption),
 * URL buttons, the audience; the live Telegram-like preview beside it.
 */
export function ComposerForm({
  values,
  media,
  onSubmit,
}: {
  values: ComposerValues;
  media: PreviewMedia | null;
  onSubmit?: (values: ComposerValues) => unknown;
}) {
  const t = useTranslate();
  const limit = media ? MAX_CAPTION : MAX_TEXT;
  const validateText = (value: string) => {
    if (!value) return undefined;
    const problem = htmlProblem(value);
    if (problem) return t('dvorik.broadcasts.badHtml', { problem });
    return visibleLength(value) > limit ? t('dvorik.broadcasts.tooLong', { limit }) : undefined;
  };
  return (
    <Form record={values} onSubmit={onSubmit as never}>
      <Box sx={{ display: 'flex', gap: 3, p: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Box sx={{ flex: '1 1 480px', minWidth: 360 }}>
          <TextInput source="title" label="dvorik.broadcasts.title" validate={required()} fullWidth />
          <TextInput
            source="text"
            label="dvorik.broadcasts.text"
            validate={[required(), validateText]}
            multiline
            minRows={6}
            fullWidth
            helperText="dvorik.broadcasts.textHint"
          />
          <FormDataConsumer<ComposerValues>>
            {({ formData }) => <TextCounter text={formData.text} limit={limit} />}
          </FormDataConsumer>
          <ArrayInput source="buttonList" label="dvorik.broadcasts.buttons">
            <SimpleFormIterator inline disableReordering>
              <TextInput source="text" label="dvorik.broadcasts.buttonText" helperText={false} />
              <TextInput source="url" label="dvorik.broadcasts.buttonUrl" helperText={false} />
            </SimpleFormIterator>
          </ArrayInput>
          <RadioButtonGroupInput
            source="audienceMode"
            label="dvorik.broadcasts.audience"
            choices={[
              { id: 'segment', name: 'dvorik.broadcasts.bySegment' },
              { id: 'filter', name: 'dvorik.broadcasts.byFilter' },
              { id: 'ids', name: 'dvorik.broadcasts.byIds' },
            ]}
          />
          <FormDataConsumer<ComposerValues>>
            {({ formData }) =>
              formData.audienceMode === 'segment' ? (
                <ReferenceInput source="segmentId" reference="segments" perPage={200}>
                  <SelectInput label="dvorik.broadcasts.segment" optionText="name" fullWidth />
                </ReferenceInput>
              ) : formData.audienceMode === 'filter' ? (
                <TextInput
                  source="filterJson"
                  label="dvorik.broadcasts.filterJson"
                  multiline
                  minRows={3}
                  fullWidth
                />
              ) : (
                <TextInput source="clientIdsText" label="dvorik.broadcasts.clientIds" fullWidth />
              )
            }
          </FormDataConsumer>
        </Box>
        <FormDataConsumer<ComposerValues>>
          {({ formData }) => (
            <TelegramPreview
              text={formData.text ?? ''}
              buttons={(formData.buttonList ?? []).filter(Boolean)}
              media={media}
            />
          )}
        </FormDataConsumer>
      </Box>
      <Toolbar>
        <SaveButton label={t('dvorik.broadcasts.saveDraft')} />
      </Toolbar>
    </Form>
  );
}
