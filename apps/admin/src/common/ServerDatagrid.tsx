import { Children, cloneElement, isValidElement, type ReactElement } from 'react';
import { Datagrid, useResourceContext, type DatagridProps } from 'react-admin';
import { resourceConfig } from '../dataProvider/resources';

/**
 * A Datagrid whose column headers offer sorting only where the API sorts: a column is sortable
 * when its `source` is in the resource's `sortable` list (dataProvider/resources.ts), so no header
 * shows an arrow that would change nothing.
 */
export function ServerDatagrid({ children, ...props }: DatagridProps) {
  const resource = useResourceContext() ?? '';
  const sortable = resourceConfig(resource).sortable ?? [];
  const columns = Children.map(children, (child) => {
    if (!isValidElement(child)) return child;
    const column = child as ReactElement<{ source?: string; sortable?: boolean }>;
    return cloneElement(column, {
      sortable: !!column.props.source && sortable.includes(column.props.source),
    });
  });
  return <Datagrid {...props}>{columns}</Datagrid>;
}
