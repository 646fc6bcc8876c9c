/** One measured figure of `npm run bench`, with the bar DESIGN.md §5 sets for it. */
export interface BenchFigure {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  /** Human-readable bar, e.g. "≥ 50 %"; empty when the figure is informative only. */
  bar: string;
  pass: boolean | null;
}

export interface BenchScenario {
  name: string;
  description: string;
  run(): Promise<BenchFigure[]>;
}
