/** Throws a RangeError naming the parameter when a model parameter is not a finite positive number. */
export function validatePositive(params: object, where: string): void {
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${where}: parameter ${name} must be a finite number > 0, got ${String(value)}`);
    }
  }
}
