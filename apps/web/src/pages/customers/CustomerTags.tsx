import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { errorText } from '../../components/errorText.ts';
import { Icon } from '../../components/Icon.tsx';
import { notify } from '../../state/appStore.ts';
import { usePermission } from '../../hooks/usePermission.ts';

/**
 * The customer's tags, which an operator can add and remove (`unsubscribed`, `vip`…).
 * Playbooks react to the change at once: a stop-early rule can end a journey, a segment
 * trigger can start one.
 */
export function CustomerTags({ id, tags, onChanged }: { id: string; tags: string[]; onChanged: () => void }): ReactElement {
  const { t } = useTranslation();
  const canChange = usePermission('customers');
  const [adding, setAdding] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async (next: string[], done: string) => {
    setSaving(true);
    try {
      await api.setCustomerTags(id, next);
      notify(done);
      setAdding('');
      onChanged();
    } catch (error) {
      notify(errorText(t, error), 'error');
    } finally {
      setSaving(false);
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const tag = adding.trim();
    if (tag === '' || tags.includes(tag)) return setAdding('');
    void save([...tags, tag], t('customer.tagAdded', { tag }));
  };

  return (
    <>
      {tags.map((tag) => (
        <span key={tag} className="chip" data-testid={`customer-tag-${tag}`}>
          <Icon name="tag" size={12} /> {tag}
          <button type="button" className="chip-remove" disabled={saving || !canChange.allowed} onClick={() => void save(tags.filter((other) => other !== tag), t('customer.tagRemoved', { tag }))} aria-label={t('customer.removeTag', { tag })} title={canChange.reason ?? t('customer.removeTag', { tag })} data-testid={`remove-tag-${tag}`}>
            <Icon name="close" size={11} />
          </button>
        </span>
      ))}
      <form className="tag-add" onSubmit={add} title={canChange.reason ?? undefined}>
        <input className="input input-small" value={adding} maxLength={100} placeholder={t('customer.addTagPlaceholder')} aria-label={t('customer.addTag')} disabled={saving || !canChange.allowed} onChange={(event) => setAdding(event.target.value)} data-testid="add-tag-input" />
        <button type="submit" className="btn btn-small" disabled={saving || adding.trim() === '' || !canChange.allowed} data-testid="add-tag">
          <Icon name="plus" size={12} /> {t('customer.addTag')}
        </button>
      </form>
    </>
  );
}
