import {
  DeleteButton,
  EditButton,
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { canEdit } from '../auth/roles';
import { describeFilter } from './describe-filter';
import { SegmentPreview } from './SegmentPreview';

function Actions() {
  const record = useRecordContext<{ presetKey: string | null }>();
  // Presets are read-only (SEGMENT_PRESET_READONLY): no button the API would refuse.
  if (!record || record.presetKey) return null;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteButton mutationMode="pessimistic" />
    </TopToolbar>
  );
}

export default function SegmentShow() {
  const { permissions: role } = usePermissions<string>();
  return (
    <Show actions={canEdit(role) ? <Actions /> : false}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        <FunctionField
          source="filter"
          render={(r: { filter: Record<string, unknown> }) => describeFilter(r.filter)}
        />
      </SimpleShowLayout>
      <SegmentPreview />
    </Show>
  );
}
