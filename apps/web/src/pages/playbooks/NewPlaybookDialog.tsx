import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Playbook } from '@stayflow/playbook';
import { api } from '../../api/client.ts';
import { createWithFreeId } from '../../api/createWithFreeId.ts';
import { InlineError } from '../../components/Feedback.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { blankPlaybook, idForName } from '../../lib/playbookCopy.ts';
import { isPlaybookId } from '../../lib/playbookId.ts';

/** Asks for a name; the id (the playbook's address) is derived from it and can be changed. */
export function NewPlaybookDialog({ taken, onClose, onCreated }: { taken: string[]; onClose: () => void; onCreated: (id: string) => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [name, setName] = useState('');
  const [customId, setCustomId] = useState<string | null>(null);
  const [showId, setShowId] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = customId ?? idForName(name, taken);
  const idProblem = customId !== null && !isPlaybookId(customId) ? t('newPlaybook.idInvalid') : customId !== null && taken.includes(customId) ? t('newPlaybook.idTaken') : null;

  const create = async () => {
    if (name.trim() === '' || idProblem) return;
    setBusy(true);
    setError(null);
    try {
      const build = (ids: readonly string[]) => blankPlaybook(name, customId ?? idForName(name, ids), locale, t('newPlaybook.triggerLabel'));
      let saved: Playbook;
      if (customId !== null) {
        // An id the operator typed is theirs: taken meanwhile, it is an error to show, not a reason to pick another.
        saved = build(taken);
        await api.createPlaybook(saved, { partial: true, locale });
      } else {
        saved = await createWithFreeId(build, taken, locale);
      }
      onCreated(saved.id);
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('newPlaybook.title')}
      onClose={onClose}
      size="small"
      testId="new-playbook-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="new-playbook-form" className="btn btn-primary" disabled={busy || name.trim() === '' || idProblem !== null} data-testid="new-playbook-create">
            {busy ? t('common.creating') : t('newPlaybook.create')}
          </button>
        </>
      }
    >
      <form
        id="new-playbook-form"
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label className="field">
          <span className="field-label">{t('newPlaybook.name')}</span>
          <input className="input" value={name} onChange={(event) => setName(event.target.value)} placeholder={t('newPlaybook.namePlaceholder')} maxLength={200} data-testid="new-playbook-name" data-autofocus />
        </label>
        {showId ? (
          <label className="field">
            <span className="field-label">{t('newPlaybook.id')}</span>
            <input className="input mono" value={id} onChange={(event) => setCustomId(event.target.value)} maxLength={64} data-testid="new-playbook-id" />
            <span className={idProblem ? 'field-hint danger' : 'field-hint'}>{idProblem ?? t('newPlaybook.idHint')}</span>
          </label>
        ) : (
          <p className="muted small">
            {t('newPlaybook.idPreview')} <span className="mono">{id}</span>{' '}
            <button type="button" className="link-btn" onClick={() => setShowId(true)}>
              {t('newPlaybook.changeId')}
            </button>
          </p>
        )}
        <p className="muted small">{t('newPlaybook.explain')}</p>
        <InlineError error={error} />
      </form>
    </Modal>
  );
}
