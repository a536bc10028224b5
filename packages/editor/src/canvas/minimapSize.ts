/** The minimap's size on the canvas (bottom right, React Flow's 15 px panel margin around it). */
export const MINIMAP_SIZE = { width: 168, height: 112 };

/** React Flow's margin around a panel (the minimap, the zoom buttons). */
export const PANEL_MARGIN = 15;
