import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/localise.ts';
import type { Locale } from '../../api/types.ts';
import { SEGMENT_ROUTES } from './ingestEndpoints.ts';

/** One fact of an audit row's detail: a label in words and its value; `raw` values (names, ids, typed text) are data, shown as sent. */
export interface AuditDetailPart {
  label: string;
  value: string;
  raw: boolean;
  /** The label is the server's own key (one the app has no words for). */
  rawLabel?: true;
}

const ROLES = new Set(['ingest', 'viewer', 'editor', 'admin']);
const TASK_STATUSES = new Set(['open', 'done', 'cancelled']);

const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** What is counted, by action: customers enrolled or imported, events sent, messages from a Segment-compatible tool. */
function countLabel(action: string, detail: Record<string, unknown>, t: TFunction): string {
  if (action === 'events.ingest') return detail.source === 'segment' ? t('audit.detail.messages') : t('audit.detail.events');
  if (action === 'playbook.enroll' || action === 'customers.batch') return t('audit.detail.customers');
  return t('audit.detail.count');
}

/**
 * An audit row's `detail` in words (the server's keys are listed in apps/server
 * plugins/auditTrail.ts): known keys get a label and, where the value is a fixed word (a
 * role, a task status, on/off), a translated value; unknown keys are shown as sent.
 */
export function auditDetailParts(action: string, detail: Record<string, unknown> | null, t: TFunction, locale: Locale): AuditDetailPart[] {
  if (!detail) return [];
  const parts: AuditDetailPart[] = [];
  for (const [key, value] of Object.entries(detail)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'count':
        parts.push({ label: countLabel(action, detail, t), value: typeof value === 'number' ? formatNumber(value, locale) : asText(value), raw: typeof value !== 'number' });
        break;
      case 'source':
        // With `call`: the route the tool called, as its path.
        if (value === 'segment' && typeof detail.call === 'string') parts.push({ label: t('audit.detail.route'), value: `${SEGMENT_ROUTES}/${detail.call.replace(/^\/+/, '')}`, raw: true });
        else parts.push({ label: t('audit.detail.source'), value: asText(value), raw: true });
        break;
      case 'call':
        if (detail.source !== 'segment') parts.push({ label: t('audit.detail.route'), value: asText(value), raw: true });
        break;
      case 'role':
        parts.push(typeof value === 'string' && ROLES.has(value) ? { label: t('audit.detail.role'), value: t(`roles.name.${value}`), raw: false } : { label: t('audit.detail.role'), value: asText(value), raw: true });
        break;
      case 'status':
        parts.push(typeof value === 'string' && TASK_STATUSES.has(value) ? { label: t('audit.detail.status'), value: t(`audit.detail.taskStatus.${value}`), raw: false } : { label: t('audit.detail.status'), value: asText(value), raw: true });
        break;
      case 'disabled':
        parts.push({ label: t('audit.detail.access'), value: value === true ? t('audit.detail.disabled') : t('audit.detail.enabled'), raw: false });
        break;
      case 'four_eyes':
        parts.push({ label: t('audit.detail.fourEyes'), value: value === true ? t('audit.detail.on') : t('audit.detail.off'), raw: false });
        break;
      case 'via':
        parts.push(value === 'at_risk_rule' ? { label: t('audit.detail.via'), value: t('audit.detail.atRiskRule'), raw: false } : { label: t('audit.detail.via'), value: asText(value), raw: true });
        break;
      case 'superseded':
        parts.push({ label: t('audit.detail.superseded'), value: Array.isArray(value) ? value.map(asText).join(', ') : asText(value), raw: true });
        break;
      case 'email':
      case 'name':
      case 'by':
      case 'approval_id':
      case 'reason':
        parts.push({ label: t(`audit.detail.${key === 'approval_id' ? 'approval' : key}`), value: asText(value), raw: true });
        break;
      default:
        parts.push({ label: key, value: asText(value), raw: true, rawLabel: true });
    }
  }
  return parts;
}
