import QueueIcon from '@mui/icons-material/Dns';
import type { MouseEvent } from 'react';
import { Menu, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { DvorikDataProvider } from '../dataProvider';

/**
 * «Очереди»: Bull Board at /admin/queues in a new tab. The panel's Bearer token can't ride
 * along, so the API first sets Bull Board's own short-lived cookie (SHARED-DECISIONS).
 */
export function QueuesMenuItem() {
  const dataProvider = useDataProvider<DvorikDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const open = async () => {
    // Opened before the await so the browser counts it as the click's own popup.
    const tab = window.open('about:blank', '_blank');
    try {
      await dataProvider.post('/auth/queues-session');
      if (tab) tab.location.href = '/admin/queues';
    } catch (error) {
      tab?.close();
      notify((error as Error).message || translate('dvorik.common.queuesFailed'), { type: 'error' });
    }
  };
  return (
    <Menu.Item
      to="#"
      primaryText={translate('dvorik.menu.queues')}
      leftIcon={<QueueIcon />}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        void open();
      }}
    />
  );
}
