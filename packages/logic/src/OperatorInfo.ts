export type ArgType = 'any' | 'number' | 'string' | 'boolean' | 'date' | 'array' | 'logic';

/** One entry of the operator catalogue: what the checker accepts and what the editor offers. */
export interface OperatorInfo {
  name: string;
  category: 'comparison' | 'logic' | 'arithmetic' | 'string' | 'array' | 'date' | 'customer' | 'data';
  /**
   * `types[i]` describes argument `i`; the last entry also describes every later one.
   * `logic` marks an argument evaluated once per item of a list (map, filter, …).
   */
  args: { min: number; max: number; types: ArgType[] };
  result: ArgType;
  labels: { en: string; 'zh-CN': string };
  description: { en: string; 'zh-CN': string };
  /** Offered by the editor's condition builder to non-programmers. */
  builder?: boolean;
}

/** The type of argument `index`: `types[index]`, or the last entry for every later argument. */
export function argTypeAt(info: OperatorInfo, index: number): ArgType {
  const { types } = info.args;
  return types[Math.min(index, types.length - 1)] ?? 'any';
}
