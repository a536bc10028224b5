import { useTranslation } from 'react-i18next';
import { roleMay, type Action } from '../lib/permissions.ts';
import { useRole } from '../state/appStore.ts';

export interface Permission {
  allowed: boolean;
  /** Why the control is disabled, for its tooltip and the line beside it; null when allowed. */
  reason: string | null;
}

/** Whether the current role may use a control, and if not, the sentence that says why and whom to ask. */
export function usePermission(action: Action): Permission {
  const { t } = useTranslation();
  const role = useRole();
  if (roleMay(role, action)) return { allowed: true, reason: null };
  return { allowed: false, reason: t(`permissions.${action}`, { who: t(`roles.plural.${role ?? 'viewer'}`) }) };
}
