import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

/** Stand-in for a page not written yet: the menu is complete from day one. */
export default function NotBuilt() {
  const translate = useTranslate();
  return (
    <Card>
      <Title title={translate('dvorik.common.notBuilt')} />
      <CardContent>
        <Typography>{translate('dvorik.common.notBuilt')}</Typography>
      </CardContent>
    </Card>
  );
}
