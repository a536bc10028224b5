import type { PlaybookNode } from '@stayflow/playbook';
import type { Translate } from '../i18n/translate.ts';

const NAMED_PORTS = new Set(['true', 'false', 'timeout', 'event', 'default', 'next']);

/** "Yes", "No", "Timed out", "Otherwise"… and a switch case's or split variant's own label or name. */
export function portLabel(node: PlaybookNode, port: string, t: Translate): string {
  if (node.type === 'switch' && port !== 'default') {
    const found = node.cases.find((c) => c.port === port);
    if (found) return found.label?.trim() || found.port;
  }
  if (node.type === 'split') {
    const found = node.variants.find((v) => v.port === port);
    if (found) return found.label?.trim() || found.port;
  }
  return NAMED_PORTS.has(port) ? t(`port.${port}`) : port;
}
