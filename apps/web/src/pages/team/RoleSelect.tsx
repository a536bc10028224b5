import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types.ts';

/** A role picker; each option says what the role may do. `ingest` only where keys are made (people never send events). */
export function RoleSelect({ value, onChange, roles, testId, disabled, title }: { value: Role; onChange: (role: Role) => void; roles: readonly Role[]; testId?: string; disabled?: boolean; title?: string }): ReactElement {
  const { t } = useTranslation();
  return (
    <select className="input input-small" value={value} onChange={(e) => onChange(e.target.value as Role)} data-testid={testId} disabled={disabled} title={title}>
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`roles.name.${role}`)}
        </option>
      ))}
    </select>
  );
}

/** The roles' explanations, shown under a role picker. */
export function RoleHelp({ roles }: { roles: readonly Role[] }): ReactElement {
  const { t } = useTranslation();
  return (
    <dl className="summary-list role-help">
      {roles.map((role) => (
        <div key={role}>
          <dt>{t(`roles.name.${role}`)}</dt>
          <dd>{t(`roles.explain.${role}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
