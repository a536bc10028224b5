import { create } from 'zustand';
import type { Person, Role, Session } from '../api/types.ts';

export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}

/** Who uses the app: `loading` until `GET /api/session` answers; `signed_out` shows the sign-in page. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'signed_out'; reason: string | null }
  | { status: 'ready'; mode: 'local' | 'signed_in' | 'key'; person: Person | null; role: Role; fourEyes: boolean };

interface AppState {
  session: SessionState;
  /** From `GET /api/session` or a sign-in (CSRF token handled by the api client). */
  setSession: (session: Session) => void;
  /** The server answered 401: back to the sign-in page, the address kept. */
  signedOut: (reason: string | null) => void;
  sessionFailed: (error: unknown) => void;
  setFourEyes: (on: boolean) => void;
  /** The server answered 401: the shell asks for an API key. */
  needsApiKey: boolean;
  apiKeyReason: string | null;
  toasts: Toast[];
  askForApiKey: (reason: string) => void;
  apiKeyProvided: () => void;
  notify: (text: string, kind?: ToastKind) => void;
  dismiss: (id: number) => void;
}

let nextToast = 1;

/** App-wide UI state; server data stays in the pages that read it. */
export const useAppStore = create<AppState>((set, get) => ({
  session: { status: 'loading' },
  setSession: (session) =>
    set({
      session:
        session.mode === 'signed_out' || session.role === null
          ? { status: 'signed_out', reason: null }
          : { status: 'ready', mode: session.mode, person: session.person, role: session.role, fourEyes: session.four_eyes },
    }),
  signedOut: (reason) => set({ session: { status: 'signed_out', reason } }),
  sessionFailed: (error) => set({ session: { status: 'failed', error } }),
  setFourEyes: (on) => {
    const session = get().session;
    if (session.status === 'ready') set({ session: { ...session, fourEyes: on } });
  },
  needsApiKey: false,
  apiKeyReason: null,
  toasts: [],
  askForApiKey: (reason) => set({ needsApiKey: true, apiKeyReason: reason }),
  apiKeyProvided: () => set({ needsApiKey: false, apiKeyReason: null }),
  notify: (text, kind = 'success') => {
    const id = nextToast++;
    set({ toasts: [...get().toasts, { id, kind, text }].slice(-4) });
    setTimeout(() => get().dismiss(id), kind === 'error' ? 8000 : 4000);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const notify = (text: string, kind?: ToastKind) => useAppStore.getState().notify(text, kind);

/** The current role, or null before the session is known or when signed out. */
export const useRole = (): Role | null => useAppStore((s) => (s.session.status === 'ready' ? s.session.role : null));

/**
 * Resolves once someone is signed in (at once if they are): a route's loader waits for it
 * before prefetching, so a signed-out browser sends no requests that would answer 401 (the
 * server counts those against the address).
 */
export function whenSignedIn(): Promise<void> {
  if (useAppStore.getState().session.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useAppStore.subscribe((state) => {
      if (state.session.status !== 'ready') return;
      stop();
      resolve();
    });
  });
}
