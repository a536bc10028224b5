import { useEffect, useState } from 'react';
import { useEditorState } from '../hooks/useEditorState.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { EditorState } from '../store/editorState.ts';

const selectNotice = (state: EditorState) => state.notice;
const VISIBLE_MS = 3200;

/** A short message at the bottom of the canvas (a refused connection, a paste). */
export function Notice() {
  const { t } = useEditorT();
  const notice = useEditorState(selectNotice);
  const [hidden, setHidden] = useState<number | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setHidden(notice.seq), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice || hidden === notice.seq) return null;
  return (
    <div className="sf-notice" role="status" data-testid="notice">
      {t(notice.key, notice.vars)}
    </div>
  );
}
