import { Title } from 'react-admin';

export default function Dashboard() {
  return (
    <div>
      <Title title="Дашборд" />
      Погашено сегодня
    </div>
  );
}
