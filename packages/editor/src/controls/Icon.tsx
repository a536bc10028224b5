import type { ReactElement } from 'react';

/** Simple line glyphs (24×24 grid, drawn with the current colour). */
const PATHS = {
  trigger: 'M13 3 5 13.5h6L10 21l8-10.5h-6z',
  condition: 'M12 3.5 20.5 12 12 20.5 3.5 12z M12 9v4 M12 15.5v.5',
  switch: 'M12 3v6 M12 9 5 15v5 M12 9v11 M12 9l7 6v5',
  wait: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M12 7v5l3.5 2',
  wait_event: 'M6 3h12 M6 21h12 M7 3c0 5 10 5 10 9s-10 4-10 9 M17 3c0 5-10 5-10 9s10 4 10 9',
  split: 'M12 21v-7 M12 14 5 6 M12 14l7-8 M5 6V3.5 M5 6h2.5 M19 6V3.5 M19 6h-2.5',
  exit: 'M5 21V4 M5 4h11l-2 4 2 4H5',
  send_message: 'M3.5 6h17v12h-17z M3.5 6.5 12 13l8.5-6.5',
  webhook: 'M9 7a3 3 0 1 1 5.2 2L11 15 M16 17a3 3 0 1 1-1.5-5.6L18 17h-6 M7 14.5a3 3 0 1 0 4 2.8H5',
  update_customer: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M4 21c0-4 3.5-6.5 8-6.5 M15 21l1-3 4.5-4.5 2 2L18 20z',
  add_tag: 'M3 12V4h8l9 9-8 8z M7.5 8.5h.01 M16 5v5 M13.5 7.5h5',
  remove_tag: 'M3 12V4h8l9 9-8 8z M7.5 8.5h.01 M13.5 7.5h5',
  issue_coupon: 'M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4z M9.5 14.5l5-5 M9.5 9.5h.01 M14.5 14.5h.01',
  create_task: 'M9 5h10 M9 12h10 M9 19h10 M4 5l1 1 2-2 M4 12l1 1 2-2 M4 19l1 1 2-2',
  undo: 'M9 14 4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5 M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
  layout: 'M9.5 3h5v4h-5z M3 17h5v4H3z M16 17h5v4h-5z M12 7v5 M5.5 17v-5h13v5',
  fit: 'M4 9V4h5 M15 4h5v5 M20 15v5h-5 M9 20H4v-5',
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z',
  stats: 'M4 20V10 M10 20V4 M16 20v-7 M21 20H3',
  chevronLeft: 'M15 18l-6-6 6-6',
  chevronRight: 'M9 18l6-6-6-6',
  chevronDown: 'M6 9l6 6 6-6',
  chevronUp: 'M18 15l-6-6-6 6',
  plus: 'M12 5v14 M5 12h14',
  trash: 'M4 7h16 M10 11v6 M14 11v6 M6 7l1 13h10l1-13 M9 7V4h6v3',
  copy: 'M9 9h11v11H9z M5 15H4V4h11v1',
  error: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M12 8v5 M12 16h.01',
  warning: 'M12 3.5 22 20.5H2z M12 10v4 M12 17h.01',
  check: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z M8 12.5l2.5 2.5 5-5.5',
  close: 'M6 6l12 12 M18 6 6 18',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z M2 21c0-4 3-6 7-6s7 2 7 6 M16 3.5a4 4 0 0 1 0 7.5 M22 21c0-3-1.5-5-4-5.7',
} as const;

export type IconName = keyof typeof PATHS;

export function isIconName(name: string): name is IconName {
  return Object.hasOwn(PATHS, name);
}

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }): ReactElement {
  return (
    <svg
      className={className ? `sf-icon ${className}` : 'sf-icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
