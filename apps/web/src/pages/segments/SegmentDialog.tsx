import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Segment } from '../../api/types.ts';
import { InlineError } from '../../components/Feedback.tsx';
import { Modal } from '../../components/Modal.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { ApiError } from '../../api/ApiError.ts';
import type { EditorFields } from '../../editor/contract.ts';
import { ConditionBuilder } from '../../editor/editorModule.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { describeLogic } from '../../lib/describeLogic.ts';
import { segmentDescription } from '../../lib/vocabulary.ts';
import { notify } from '../../state/appStore.ts';

const SEGMENT_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

/** Creates or changes a segment: its rule with the condition builder, and a description people read. */
export function SegmentDialog({ segment, taken, fields, onClose, onSaved }: { segment: Segment | null; taken: string[]; fields: EditorFields; onClose: () => void; onSaved: () => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [name, setName] = useState(segment?.name ?? '');
  const [rule, setRule] = useState<unknown>(segment?.if ?? { and: [{ '>=': [{ var: 'customer.metrics.orders' }, 1] }] });
  // A default description opens in the operator's language (saved in it if kept, which still reads as the default).
  const [description, setDescription] = useState(segment?.description ? segmentDescription(segment.name, segment.description, locale) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameProblem = segment ? null : !SEGMENT_NAME.test(name) ? t('segments.nameInvalid') : taken.includes(name) ? t('segments.nameTaken') : null;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.saveSegment(segment?.name ?? name, { if: rule, ...(description.trim() ? { description: description.trim() } : {}) }, locale);
      notify(t('segments.saved'));
      onSaved();
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={segment ? t('segments.editTitle', { name: segment.name }) : t('segments.newTitle')}
      onClose={onClose}
      size="large"
      testId="segment-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || nameProblem !== null} onClick={() => void save()} data-testid="segment-save">
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </>
      }
    >
      <div className="stack">
        {!segment ? (
          <label className="field">
            <span className="field-label">{t('segments.name')}</span>
            <input className="input mono" value={name} onChange={(event) => setName(event.target.value.toLowerCase())} data-autofocus />
            <span className={nameProblem && name ? 'field-hint danger' : 'field-hint'}>{nameProblem && name ? nameProblem : t('segments.nameHint')}</span>
          </label>
        ) : null}
        <div className="field">
          <span className="field-label">{t('segments.rule')}</span>
          <div className="rule-builder">
            <ConditionBuilder value={rule} onChange={setRule} locale={locale} fields={fields} event={false} testId="segment-rule" />
          </div>
          <p className="muted small">{describeLogic(rule, locale)}</p>
        </div>
        <label className="field">
          <span className="field-label">{t('segments.description')}</span>
          <textarea className="input" rows={2} value={description} onChange={(event) => setDescription(event.target.value)} maxLength={2000} />
        </label>
        {error instanceof ApiError && error.problems.length > 0 ? <ProblemList problems={error.problems} /> : <InlineError error={error} />}
      </div>
    </Modal>
  );
}
