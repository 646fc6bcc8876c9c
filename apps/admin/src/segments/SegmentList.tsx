import { DataTable, List, usePermissions } from 'react-admin';
import { canEdit } from '../auth/roles';
import { describeFilter } from './describe-filter';

interface SegmentRow {
  id: number;
  name: string;
  presetKey: string | null;
  filter: Record<string, unknown>;
}

/** «Сегменты»: presets first, then saved filters; a new one is saved from «Клиенты». */
export default function SegmentList() {
  const { permissions: role } = usePermissions<string>();
  return (
    <List perPage={50} sort={{ field: 'id', order: 'ASC' }} exporter={false} actions={false}>
      <DataTable<SegmentRow> rowClick="show" bulkActionButtons={canEdit(role) ? undefined : false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col
          source="presetKey"
          label="dvorik.segments.preset"
          disableSort
          render={(r) => (r.presetKey ? '✓' : '')}
        />
        <DataTable.Col source="filter" disableSort render={(r) => describeFilter(r.filter)} />
      </DataTable>
    </List>
  );
}
