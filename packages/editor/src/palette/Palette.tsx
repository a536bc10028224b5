import type { DragEvent } from 'react';
import { NODE_DRAG_TYPE } from '../canvas/useDropToAdd.ts';
import { Icon, isIconName } from '../controls/Icon.tsx';
import { useEditorActions } from '../hooks/useEditorActions.ts';
import { useEditorConfig } from '../hooks/useEditorConfig.ts';
import { useEditorState } from '../hooks/useEditorState.ts';
import { useEditorStoreApi } from '../hooks/useEditorStoreApi.ts';
import { useEditorT } from '../hooks/useEditorT.ts';
import type { EditorState } from '../store/editorState.ts';
import { PALETTE_GROUPS, TRIGGER_ITEM, type PaletteItem } from './paletteItems.ts';
import { placeBelow } from './placeBelow.ts';

const selectOpen = (state: EditorState) => state.paletteOpen;
const selectHasTrigger = (state: EditorState) => state.document.nodes.some((node) => node.type === 'trigger');

/** The steps to add, grouped; drag one onto the canvas, or click it to add it below the selected step. */
export function Palette() {
  const { t } = useEditorT();
  const { readOnly } = useEditorConfig();
  const store = useEditorStoreApi();
  const actions = useEditorActions();
  const open = useEditorState(selectOpen);
  const hasTrigger = useEditorState(selectHasTrigger);

  const add = (item: PaletteItem) => {
    const { document, selection } = store.getState();
    const { position, options } = placeBelow(document, selection.nodes.length === 1 ? selection.nodes[0] : undefined);
    const id = actions.apply({ type: 'add', nodeType: item.type, position, options }).created?.[0];
    if (id) {
      actions.selectNode(id);
      actions.requestZoom({ kind: 'node', id });
    }
  };

  const groups = [...(hasTrigger ? [] : [{ id: 'start', items: [TRIGGER_ITEM] }]), ...PALETTE_GROUPS];

  return (
    <nav className={open ? 'sf-palette' : 'sf-palette sf-collapsed'} data-testid="palette" aria-label={t('palette.title')}>
      <div className="sf-palette-header">
        {open && <span className="sf-palette-title">{t('palette.title')}</span>}
        <button
          type="button"
          className="sf-icon-button"
          title={open ? t('toolbar.hidePalette') : t('toolbar.showPalette')}
          aria-label={open ? t('toolbar.hidePalette') : t('toolbar.showPalette')}
          aria-expanded={open}
          data-testid="palette-toggle"
          onClick={() => actions.setPaletteOpen(!open)}
        >
          <Icon name={open ? 'chevronLeft' : 'chevronRight'} />
        </button>
      </div>
      {open && <p className="sf-palette-hint">{t('palette.hint')}</p>}
      <div className="sf-palette-groups">
        {groups.map((group) => (
          <div className="sf-palette-group" key={group.id}>
            {open && <div className="sf-palette-group-title">{t(`palette.${group.id}`)}</div>}
            {group.items.map((item) => (
              <button
                type="button"
                key={item.testId}
                className={`sf-palette-item sf-kind-${item.kind}`}
                data-testid={item.testId}
                draggable={!readOnly}
                disabled={readOnly}
                title={t(`kindHint.${item.kind}`)}
                aria-label={t(`kind.${item.kind}`)}
                onDragStart={(event: DragEvent) => {
                  event.dataTransfer.setData(NODE_DRAG_TYPE, item.type);
                  event.dataTransfer.setData('text/plain', t(`kind.${item.kind}`));
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => add(item)}
              >
                <span className="sf-palette-icon">{isIconName(item.kind) && <Icon name={item.kind} />}</span>
                {open && (
                  <span className="sf-palette-text">
                    <span className="sf-palette-name">{t(`kind.${item.kind}`)}</span>
                    <span className="sf-palette-desc">{t(`kindHint.${item.kind}`)}</span>
                  </span>
                )}
              </button>
            ))}
          </div>
        ))}
      </div>
    </nav>
  );
}
