import { Edit, TopToolbar } from 'react-admin';
import { LoginLinkButton } from './LoginLinkButton';
import { StaffForm } from './StaffForm';

export default function StaffEdit() {
  return (
    <Edit
      mutationMode="pessimistic"
      actions={
        <TopToolbar>
          <LoginLinkButton />
        </TopToolbar>
      }
    >
      <StaffForm creating={false} />
    </Edit>
  );
}
