import type * as Vega from 'vega';

interface Point {
  clients: number;
  measure: string;
  ms: number;
}

interface VegaLite {
  compile(spec: unknown): { spec: Vega.Spec };
}
interface ResvgModule {
  Resvg: new (
    svg: string,
    options: {
      fitTo: { mode: 'zoom'; value: number };
      font: { loadSystemFonts: boolean };
      background: string;
    },
  ) => { render(): { asPng(): Buffer } };
}

/**
 * vega and vega-lite ship as ES modules with top-level await, which `require` cannot load; the
 * bench compiles to CommonJS, whose `import()` TypeScript would turn back into `require`.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a constant string: the one way to a real import() here
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;

/**
 * The growth chart of DESIGN §5: each cost against the number of clients, both axes log-scaled
 * (costs span milliseconds to seconds), one line per cost, drawn by vega-lite → SVG → PNG (resvg).
 */
export async function renderCurvesChart(points: Point[]): Promise<Buffer> {
  const [vega, vegaLite, { Resvg }] = await Promise.all([
    importEsm<typeof Vega>('vega'),
    importEsm<VegaLite>('vega-lite'),
    importEsm<ResvgModule>('@resvg/resvg-js'),
  ]);
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Dvorik: cost as the shop grows',
      subtitle: 'npm run bench curves (MariaDB, 128 MB buffer pool)',
    },
    width: 640,
    height: 380,
    background: 'white',
    data: { values: points },
    layer: [
      { mark: { type: 'line', strokeWidth: 2.5 } },
      { mark: { type: 'point', filled: true, size: 70 } },
      {
        mark: { type: 'text', dy: -10, fontSize: 11 },
        encoding: { text: { field: 'ms', type: 'quantitative', format: ',.0f' } },
      },
    ],
    encoding: {
      x: {
        field: 'clients',
        type: 'quantitative',
        scale: { type: 'log', domain: [8000, 1_250_000] },
        axis: { values: [10_000, 100_000, 1_000_000], format: '~s', title: 'clients (log scale)' },
      },
      y: {
        field: 'ms',
        type: 'quantitative',
        scale: { type: 'log' },
        axis: {
          title: 'milliseconds (log scale)',
          format: '~s',
          values: [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000, 30_000],
        },
      },
      color: {
        field: 'measure',
        type: 'nominal',
        legend: { title: null, orient: 'bottom', columns: 2, labelLimit: 0 },
      },
    },
    config: {
      font: 'DejaVu Sans',
      axis: { labelFontSize: 12, titleFontSize: 13 },
      legend: { labelFontSize: 12 },
    },
  };
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true },
    background: 'white',
  })
    .render()
    .asPng();
}
