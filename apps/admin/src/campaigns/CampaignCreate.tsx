import { Create } from 'react-admin';
import { CampaignForm } from './CampaignForm';

export default function CampaignCreate() {
  return (
    <Create redirect="show" title="Новая кампания">
      <CampaignForm />
    </Create>
  );
}
