import type { StateCreator } from 'zustand';
import type { EditorState, UiSlice } from './editorState.ts';

/** Panels, overlays and requests to the canvas: view state, never part of the playbook. */
export function createUiSlice(options: { showStats: boolean }): StateCreator<EditorState, [], [], UiSlice> {
  return (set, get) => {
    let seq = 0;
    return {
      panel: 'inspector',
      paletteOpen: true,
      problemsOpen: false,
      showStats: options.showStats,
      zoomIntent: null,
      notice: null,
      validation: { errors: [], warnings: [] },
      nodeSizes: new Map(),
      setPanel: (panel) => set(panel === 'settings' ? { panel, selection: { nodes: [], edges: [] } } : { panel }),
      setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
      setProblemsOpen: (problemsOpen) => set({ problemsOpen }),
      setShowStats: (showStats) => set({ showStats }),
      requestZoom: (intent) => set({ zoomIntent: { ...intent, seq: ++seq } }),
      notify: (key, vars) => set({ notice: { key, ...(vars ? { vars } : {}), seq: ++seq } }),
      setValidation: (validation) => {
        if (get().validation !== validation) set({ validation });
      },
      setNodeSizes: (sizes) => {
        const previous = get().nodeSizes;
        let changed = false;
        for (const [id, size] of sizes) {
          const old = previous.get(id);
          if (!old || old.width !== size.width || old.height !== size.height) changed = true;
        }
        if (changed) set({ nodeSizes: new Map([...previous, ...sizes]) });
      },
    };
  };
}
