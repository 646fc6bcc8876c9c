import { useTranslate } from 'react-admin';
import { formatCount } from '../format';
import { BigNumber, Panel } from './Panel';
import type { DashboardData } from './types';

export function ActiveCodes({ data }: { data: DashboardData }) {
  const t = useTranslate();
  return (
    <Panel title={t('dvorik.dashboard.activeCodes')}>
      <BigNumber value={formatCount(data.activeCodes)} caption={t('dvorik.dashboard.activeCodesCaption')} />
    </Panel>
  );
}
