import { isValidTimeZone } from '@stayflow/playbook';

/** The zone times of day are read in: the customer's `timezone` attribute when valid, else the playbook's, else UTC. */
export function timeZoneFor(attributes: Readonly<Record<string, unknown>>, playbookTimeZone: string | undefined): string {
  const own = attributes.timezone;
  if (typeof own === 'string' && own !== '' && isValidTimeZone(own)) return own;
  return playbookTimeZone !== undefined && isValidTimeZone(playbookTimeZone) ? playbookTimeZone : 'UTC';
}
