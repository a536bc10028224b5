export * from './customers.ts';
export * from './playbooks.ts';
export * from './runs.ts';
export * from './timers.ts';
export * from './delivery.ts';
export * from './records.ts';
export * from './segments.ts';
export * from './system.ts';
