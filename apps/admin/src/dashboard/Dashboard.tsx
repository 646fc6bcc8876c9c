import { Title } from 'react-admin';

export default function Dashboard() {
  return <Title title="Дашборд" />;
}
