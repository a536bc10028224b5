/** The schedule presets, by name, in the order the schedule picker lists them, with the cron each stands for. */
export const CRON_PRESETS = {
  daily: '0 9 * * *',
  weekdays: '0 9 * * 1-5',
  monday: '0 9 * * 1',
  monthly: '0 10 1 * *',
  yearly: '0 9 1 1 *',
} as const;

export type CronPreset = keyof typeof CRON_PRESETS;

export const CRON_PRESET_NAMES = Object.keys(CRON_PRESETS) as CronPreset[];

/** A new schedule: every Monday at 09:00. */
export const DEFAULT_CRON = CRON_PRESETS.monday;

const presetByCron = new Map(CRON_PRESET_NAMES.map((name) => [CRON_PRESETS[name] as string, name]));

/** The preset a cron expression matches ("every Monday 09:00"), if any. */
export function cronPreset(cron: string): CronPreset | undefined {
  return presetByCron.get(cron.trim().replace(/\s+/g, ' '));
}
