import { Typography } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { formatCount } from '../format';

/** «Найдено N» for the current filter and search. */
export function FoundCount() {
  const { total } = useListContext();
  const translate = useTranslate();
  if (total === undefined) return null;
  return (
    <Typography role="status" variant="body2" sx={{ alignSelf: 'center', mr: 'auto', ml: 1 }}>
      {translate('dvorik.common.found', { count: formatCount(total) })}
    </Typography>
  );
}
