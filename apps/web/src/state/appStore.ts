import { create } from 'zustand';

export type ToastKind = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  kind: ToastKind;
  text: string;
}

interface AppState {
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
