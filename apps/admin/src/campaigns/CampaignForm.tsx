import { SimpleForm, TextInput, maxLength, regex, required } from 'react-admin';

/** The API's rules: a name of 1–128 characters, a key of A-Z a-z 0-9 _ - (the link's ref_<key>). */
export function CampaignForm() {
  return (
    <SimpleForm>
      <TextInput
        source="name"
        validate={[required('Укажите название'), maxLength(128, 'Не длиннее 128 символов')]}
        fullWidth
      />
      <TextInput
        source="sourceKey"
        validate={[
          required('Укажите ключ'),
          regex(/^[A-Za-z0-9_-]{1,64}$/, 'Только латинские буквы, цифры, _ и -, до 64 символов'),
        ]}
        helperText="Ссылка будет t.me/<бот>?start=ref_<ключ>, например poster_svetlanskaya"
        fullWidth
      />
    </SimpleForm>
  );
}
