import { formatMessage, type Locale, type MessageCode } from './messages.ts';

export type Severity = 'error' | 'warning';

/** One validation finding, written for an operator: what is wrong, where, and in their language. */
export interface ValidationIssue {
  code: MessageCode;
  severity: Severity;
  message: string;
  /** JSONPath into the document, e.g. `$.nodes[2].timeout`. */
  path: string;
  /** The id of the node involved, when there is one. */
  node?: string;
  /** The id of the edge involved (its `id`, else `from->to:port`). */
  edge?: string;
  /** The values interpolated into the message, so another locale can re-render it. */
  params: Record<string, string | number>;
}

export type PathSegment = string | number;

/** The segments of a JSON Pointer (`/events/0/type`, as schema checkers report places). */
export function pointerSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

export function toJsonPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** Collects issues while validating, rendering each message in one locale. */
export class IssueList {
  readonly errors: ValidationIssue[] = [];
  readonly warnings: ValidationIssue[] = [];

  /** `locale`: the language every message is rendered in. */
  constructor(readonly locale: Locale) {}

  add(
    severity: Severity,
    code: MessageCode,
    path: readonly PathSegment[],
    params: Record<string, string | number> = {},
    where: { node?: string; edge?: string } = {},
  ): void {
    const issue: ValidationIssue = {
      code,
      severity,
      message: formatMessage(code, params, this.locale),
      path: toJsonPath(path),
      ...(where.node !== undefined ? { node: where.node } : {}),
      ...(where.edge !== undefined ? { edge: where.edge } : {}),
      params,
    };
    (severity === 'error' ? this.errors : this.warnings).push(issue);
  }

  error(code: MessageCode, path: readonly PathSegment[], params?: Record<string, string | number>, where?: { node?: string; edge?: string }): void {
    this.add('error', code, path, params, where);
  }

  warn(code: MessageCode, path: readonly PathSegment[], params?: Record<string, string | number>, where?: { node?: string; edge?: string }): void {
    this.add('warning', code, path, params, where);
  }
}
