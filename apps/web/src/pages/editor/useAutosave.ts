import type { Playbook } from '@stayflow/playbook';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Locale, PlaybookView } from '../../api/types.ts';

export type SaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; error: unknown };

const DEBOUNCE_MS = 800;

/**
 * Saves the draft as the operator edits: `PUT ?partial=true` (problems block
 * publishing, not saving), 800 ms after the last change, one request at a time,
 * always the newest document. `flush` saves now (before publishing, a test run
 * or leaving); work not yet saved is sent when the page closes.
 */
export function useAutosave(id: string, locale: Locale, onSaved: (view: PlaybookView) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const waiting = useRef<Playbook | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const saved = useRef(onSaved);
  const localeRef = useRef(locale);
  useEffect(() => {
    saved.current = onSaved;
    localeRef.current = locale;
  });

  const run = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    const document = waiting.current;
    if (!document) return;
    waiting.current = null;
    setState({ kind: 'saving' });
    const request = api.savePlaybook(id, document, { partial: true, locale: localeRef.current }).then(
      (view) => {
        saved.current(view);
        if (!waiting.current) setState({ kind: 'saved' });
      },
      (error: unknown) => {
        // Keep the unsaved document (unless a newer one is already waiting) for the next try.
        waiting.current ??= document;
        setState({ kind: 'error', error });
        throw error;
      },
    );
    inFlight.current = request.then(
      () => undefined,
      () => undefined,
    );
    try {
      await request;
    } finally {
      inFlight.current = null;
    }
    if (waiting.current) await run();
  }, [id]);

  const schedule = useCallback(
    (document: Playbook) => {
      waiting.current = document;
      setState((current) => (current.kind === 'saving' ? current : { kind: 'pending' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run().catch(() => undefined), DEBOUNCE_MS);
    },
    [run],
  );

  /** Saves whatever is waiting, now; rejects if the save fails. */
  const flush = useCallback(async () => {
    if (waiting.current || inFlight.current) await run();
  }, [run]);

  const retry = useCallback(() => void run().catch(() => undefined), [run]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!waiting.current && !inFlight.current) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving the editor inside the app: send what is waiting.
      if (timer.current) clearTimeout(timer.current);
      const document = waiting.current;
      if (document) void api.savePlaybook(id, document, { partial: true, locale: localeRef.current }).catch(() => undefined);
    };
  }, [id]);

  return { state, schedule, flush, retry };
}
