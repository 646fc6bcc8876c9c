import { CreateButton, List, NumberField, TextField, TopToolbar, usePermissions } from 'react-admin';
import { canEdit } from '../auth/roles';
import { DateTimeText } from '../common/fields';
import { CampaignLink } from './CampaignLink';
import { ServerDatagrid } from '../common/ServerDatagrid';

function Actions() {
  const { permissions } = usePermissions();
  return <TopToolbar>{canEdit(permissions) && <CreateButton label="Создать" />}</TopToolbar>;
}

/** «Кампании»: referral links with their registrations; a row opens the QR and the funnel. */
export default function CampaignList() {
  return (
    <List empty={false} actions={<Actions />} exporter={false}>
      <ServerDatagrid bulkActionButtons={false} rowClick="show">
        <TextField source="name" />
        <TextField source="sourceKey" />
        <CampaignLink label="Ссылка" />
        <NumberField source="registrations" />
        <DateTimeText source="createdAt" label="Создана" />
      </ServerDatagrid>
    </List>
  );
}
