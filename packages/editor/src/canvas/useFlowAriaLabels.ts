import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useEditorT } from '../hooks/useEditorT.ts';

/** React Flow's own labels (zoom buttons, minimap, handles, screen-reader hints) in the editor's language. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useEditorT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('flow.nodeHint'),
      'node.a11yDescription.keyboardDisabled': t('flow.nodeHintKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('flow.moved', { direction: t(`flow.direction.${direction}`), x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': t('flow.edgeHint'),
      'controls.ariaLabel': t('flow.controls'),
      'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
      'controls.fitView.ariaLabel': t('flow.fitView'),
      'controls.interactive.ariaLabel': t('flow.interactive'),
      'minimap.ariaLabel': t('flow.minimap'),
      'handle.ariaLabel': t('flow.handle'),
    }),
    [t],
  );
}
