import type { Playbook } from '@stayflow/playbook';
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError.ts';
import { api } from '../../api/client.ts';
import { InlineError, Notice } from '../../components/Feedback.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Modal } from '../../components/Modal.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { useLocale } from '../../hooks/useLocale.ts';
import { localisedName } from '../../i18n/localise.ts';
import { copyOfPlaybook } from '../../lib/playbookCopy.ts';

type Step =
  | { kind: 'pick' }
  | { kind: 'working'; fileName: string }
  | { kind: 'unreadable'; fileName: string; reason: 'json' | 'shape' | 'read' }
  | { kind: 'invalid'; fileName: string; document: Playbook; error: ApiError }
  | { kind: 'exists'; fileName: string; document: Playbook }
  | { kind: 'failed'; fileName: string; error: unknown };

const looksLikePlaybook = (value: unknown): value is Playbook =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { nodes?: unknown }).nodes) && typeof (value as { id?: unknown }).id === 'string';

/**
 * Imports a playbook JSON file (picked or dropped). The server validates it; a
 * rejected file shows each problem; an id already in use can be imported as a copy.
 */
export function ImportDialog({ initialFile, taken, onClose, onImported }: { initialFile: File | null; taken: string[]; onClose: () => void; onImported: (id: string) => void }): ReactElement {
  const { t } = useTranslation();
  const locale = useLocale();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const upload = useCallback(
    async (document: Playbook, fileName: string) => {
      setStep({ kind: 'working', fileName });
      try {
        await api.createPlaybook(document, { locale });
        onImported(document.id);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) setStep({ kind: 'exists', fileName, document });
        else if (error instanceof ApiError && error.status === 400 && error.problems.length > 0) setStep({ kind: 'invalid', fileName, document, error });
        else setStep({ kind: 'failed', fileName, error });
      }
    },
    [locale, onImported],
  );

  const read = useCallback(
    async (file: File) => {
      setStep({ kind: 'working', fileName: file.name });
      let text: string;
      try {
        text = await file.text();
      } catch {
        setStep({ kind: 'unreadable', fileName: file.name, reason: 'read' });
        return;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        setStep({ kind: 'unreadable', fileName: file.name, reason: 'json' });
        return;
      }
      if (!looksLikePlaybook(value)) {
        setStep({ kind: 'unreadable', fileName: file.name, reason: 'shape' });
        return;
      }
      await upload(value, file.name);
    },
    [upload],
  );

  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true;
      void read(initialFile);
    }
  }, [initialFile, read]);

  const pick = (
    <div
      className={dragging ? 'dropzone active' : 'dropzone'}
      onDragOver={(event) => {
        event.preventDefault();
        event.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        event.stopPropagation();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void read(file);
      }}
    >
      <Icon name="upload" size={28} />
      <p>{t('import.dropOrPick')}</p>
      <button type="button" className="btn" onClick={() => input.current?.click()} data-autofocus>
        {t('import.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void read(file);
          event.target.value = '';
        }}
      />
      <p className="muted small">{t('import.hint')}</p>
    </div>
  );

  let body: ReactElement;
  let footer: ReactElement = (
    <button type="button" className="btn" onClick={onClose}>
      {t('common.cancel')}
    </button>
  );
  switch (step.kind) {
    case 'pick':
      body = pick;
      break;
    case 'working':
      body = (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('import.working', { file: step.fileName })}
        </div>
      );
      break;
    case 'unreadable':
      body = (
        <div className="stack">
          <Notice kind="danger">{t(`import.unreadable.${step.reason}`, { file: step.fileName })}</Notice>
          {pick}
        </div>
      );
      break;
    case 'invalid':
      body = (
        <div className="stack" data-testid="import-problems">
          <Notice kind="danger">{t('import.invalid', { file: step.fileName, count: step.error.problems.length })}</Notice>
          <ProblemList problems={step.error.problems} document={step.document} />
          <p className="muted small">{t('import.invalidHint')}</p>
        </div>
      );
      footer = (
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setStep({ kind: 'pick' })}>
            {t('import.another')}
          </button>
        </>
      );
      break;
    case 'exists': {
      const copy = copyOfPlaybook(step.document, taken);
      body = (
        <div className="stack" data-testid="import-exists">
          <Notice kind="warning">{t('import.exists', { name: localisedName(step.document, locale), id: step.document.id })}</Notice>
          <p>{t('import.copyOffer', { id: copy.id })}</p>
        </div>
      );
      footer = (
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void upload(copy, step.fileName)} data-testid="import-as-copy">
            {t('import.asCopy')}
          </button>
        </>
      );
      break;
    }
    case 'failed':
      body = (
        <div className="stack">
          <InlineError error={step.error} />
          {pick}
        </div>
      );
      break;
  }

  return (
    <Modal title={t('import.title')} onClose={onClose} footer={footer} testId="import-dialog">
      {body}
    </Modal>
  );
}
