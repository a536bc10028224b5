import { compileLogic, type Logic, type LogicData } from '@stayflow/logic';

/** A named customer condition (spec "Segments"), compiled once. */
export interface CompiledSegment {
  name: string;
  test(data: LogicData): boolean;
}

export function compileSegment(name: string, rule: Logic): CompiledSegment {
  const compiled = compileLogic(rule);
  return { name, test: (data) => compiled.test(data) };
}
