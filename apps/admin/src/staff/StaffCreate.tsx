import { Create } from 'react-admin';
import { StaffForm } from './StaffForm';

export default function StaffCreate() {
  return (
    <Create redirect="list" title="Новый сотрудник">
      <StaffForm creating />
    </Create>
  );
}
