export * from './commands/clear-demo-data.command';
export * from './commands/seed-demo-shop.command';
export * from './demo.errors';
export * from './demo.module';
export { DEMO_WORLD } from './demo-world';
export { planDemoHistory, seededRandom, type DemoHistory } from './rules/demo-history.rule';
