// fmin ships no types; only the part this package uses is declared.
declare module 'fmin' {
  export interface NelderMeadPoint extends Array<number> {
    fx: number;
  }
  export interface NelderMeadParameters {
    maxIterations?: number;
    nonZeroDelta?: number;
    zeroDelta?: number;
    /** Also used by fmin as the simplex-size tolerance. */
    minErrorDelta?: number;
    history?: unknown[];
  }
  export function nelderMead(
    f: (x: number[]) => number,
    x0: number[],
    parameters?: NelderMeadParameters,
  ): { fx: number; x: NelderMeadPoint };
  const fmin: { nelderMead: typeof nelderMead };
  export default fmin;
}
