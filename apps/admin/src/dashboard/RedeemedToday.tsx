import { useTranslate } from 'react-admin';
import { formatCount } from '../format';
import { BigNumber, Panel } from './Panel';
import type { DashboardData } from './types';

/** The headline: what the shop judges the system by (DESIGN, first paragraph). */
export function RedeemedToday({ data }: { data: DashboardData }) {
  const t = useTranslate();
  return (
    <Panel title={t('dvorik.dashboard.redeemedToday')}>
      <BigNumber
        value={formatCount(data.redemptions.today)}
        caption={t('dvorik.dashboard.redeemedInRange', { count: formatCount(data.redemptions.inRange) })}
      />
    </Panel>
  );
}
