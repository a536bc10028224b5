import { Temporal } from 'temporal-polyfill';

/** An ISO 8601 duration as Temporal understands it, or null when it does not parse. */
export function parseDuration(text: string): Temporal.Duration | null {
  try {
    return Temporal.Duration.from(text);
  } catch {
    return null;
  }
}

const knownTimeZones = new Map<string, boolean>();

export function isValidTimeZone(name: string): boolean {
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = name.length > 0;
    } catch {
      known = false;
    }
    knownTimeZones.set(name, known);
  }
  return known;
}
