import { valueSize } from './valueSize';

/** Why an evaluation was stopped, and how far it had got. */
export interface LogicStop {
  /** `operations`: it went past the operation limit; `size`: it was about to build a value past the size limit. */
  reason: 'operations' | 'size';
  /** Operations counted when it was stopped. */
  operations: number;
  /** The limit it went past (operations, or characters of JSON). */
  limit: number;
}

/** Thrown through json-logic-js to unwind a stopped evaluation; never escapes `compileLogic`. */
export class StopEvaluation {
  constructor(readonly stop: LogicStop) {}
}

/**
 * Counts one evaluation's operations and measures the values it builds. The
 * counting wrapper around `jsonLogic.apply` (jsonLogicEngine) reports every node
 * evaluated here; past a limit the evaluation is stopped by throwing, so the
 * point where it stops depends on the rule and the data only, never on time.
 */
export class EvaluationMeter {
  operations = 0;
  private sizes: WeakMap<object, number> | null = null;

  constructor(
    readonly maxOperations: number,
    readonly maxSize: number,
  ) {}

  /** One more node evaluated; stops the evaluation once the limit is reached. */
  count(): void {
    if (this.operations >= this.maxOperations) throw new StopEvaluation({ reason: 'operations', operations: this.operations, limit: this.maxOperations });
    this.operations++;
  }

  /** Size of a value as characters of JSON, counted up to just past the limit. */
  sizeOf(value: unknown): number {
    return valueSize(value, this.maxSize, (this.sizes ??= new WeakMap()));
  }

  /** Stops the evaluation when a value it built, or is about to build, is too large. */
  checkSize(size: number): void {
    if (size > this.maxSize) throw new StopEvaluation({ reason: 'size', operations: this.operations, limit: this.maxSize });
  }
}

// Evaluation is synchronous; `swapMeter` returns the previous meter so that a
// nested evaluation restores it (the same discipline as evaluationRoot).
let active: EvaluationMeter | null = null;

export function swapMeter(next: EvaluationMeter | null): EvaluationMeter | null {
  const previous = active;
  active = next;
  return previous;
}

export function activeMeter(): EvaluationMeter | null {
  return active;
}
