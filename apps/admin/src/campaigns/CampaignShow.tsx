import { Grid, Typography } from '@mui/material';
import {
  DeleteWithConfirmButton,
  EditButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { canEdit } from '../auth/roles';
import { CampaignFunnel } from './CampaignFunnel';
import { CampaignLink } from './CampaignLink';
import { CampaignQr } from './CampaignQr';

function Actions() {
  const { permissions } = usePermissions();
  if (!canEdit(permissions)) return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton label="Изменить" />
      <DeleteWithConfirmButton
        label="Удалить"
        confirmTitle="Удалить кампанию?"
        confirmContent="Удалить можно только кампанию, по которой ещё никто не пришёл."
        mutationMode="pessimistic"
      />
    </TopToolbar>
  );
}

/** A campaign: the link with «Копировать», the QR to download or print, the funnel. */
export default function CampaignShow() {
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="sourceKey" />
        <Labeled label="Ссылка">
          <CampaignLink />
        </Labeled>
        <Grid container spacing={4}>
          <Grid size={{ xs: 12, md: 5 }}>
            <Typography variant="subtitle1" gutterBottom>
              QR-код для плакатов
            </Typography>
            <CampaignQr />
          </Grid>
          <Grid size={{ xs: 12, md: 7 }}>
            <Typography variant="subtitle1" gutterBottom>
              Воронка
            </Typography>
            <CampaignFunnel />
          </Grid>
        </Grid>
      </SimpleShowLayout>
    </Show>
  );
}
