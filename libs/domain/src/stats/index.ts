export * from './dashboard-sections';
export * from './queries/get-kpis.query';
export * from './queries/stats.queries';
export type { ResolvedRange } from './rules/stats-range.rule';
export * from './stats.module';
