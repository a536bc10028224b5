export * from './primitives.ts';
export * from './triggers.ts';
export * from './actions.ts';
export * from './nodes.ts';
export * from './settings.ts';
export * from './playbook.ts';
