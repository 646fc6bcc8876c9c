import { Edit } from 'react-admin';
import { CampaignForm } from './CampaignForm';

export default function CampaignEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <CampaignForm />
    </Edit>
  );
}
