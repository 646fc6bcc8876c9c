import { useTranslate } from 'react-admin';
import {
  Bar,
  ComposedChart,
  CartesianGrid,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate } from '../format';
import { Panel } from './Panel';
import type { DashboardData } from './types';

export function RedemptionsChart({ data }: { data: DashboardData }) {
  const t = useTranslate();
  const rows = data.series.map((d) => ({ ...d, label: formatDate(d.day).slice(0, 5) }));
  return (
    <Panel title={t('dvorik.dashboard.chart')}>
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="redemptions" name={t('dvorik.dashboard.chartRedemptions')} fill="#c2185b" />
          <Line dataKey="newClients" name={t('dvorik.dashboard.chartNewClients')} stroke="#6a1b9a" />
        </ComposedChart>
      </ResponsiveContainer>
    </Panel>
  );
}
