import { segmentsScenario } from './scenarios/segments.scenario';
it('bench', async () => {
  const t = Date.now();
  const figures = await segmentsScenario.run();
  console.log(Date.now() - t, JSON.stringify(figures.map((f) => [f.metric, Math.round(f.value), f.pass])));
}, 900_000);
