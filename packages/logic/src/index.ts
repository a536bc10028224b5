export type { Logic, LogicData } from './Logic';
export type { LogicIssue, LogicIssueCode } from './LogicIssue';
export type { ArgType, OperatorInfo } from './OperatorInfo';
export { checkLogic } from './checkLogic';
export { compileLogic, type CompiledLogic } from './compileLogic';
export { evaluateLogic } from './evaluateLogic';
export { isTruthy } from './isTruthy';
export { listVars } from './listVars';
export { operatorCatalogue } from './operatorCatalogue';
