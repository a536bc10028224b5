/** A red count of errors (amber for warnings only), with the messages on hover. */
export function IssueBadge({ nodeId, label, errors, warnings }: { nodeId: string; label: string; errors: readonly string[]; warnings: readonly string[] }) {
  if (errors.length === 0 && warnings.length === 0) return null;
  const isError = errors.length > 0;
  const count = isError ? errors.length : warnings.length;
  return (
    <span className={isError ? 'sf-badge sf-badge-error' : 'sf-badge sf-badge-warning'} data-testid={`badge-${nodeId}`} aria-label={label} tabIndex={0}>
      {count}
      <span className="sf-tooltip" role="tooltip">
        {[...errors, ...warnings].map((message, i) => (
          <span key={i} className={i < errors.length ? 'sf-tooltip-line sf-tooltip-error' : 'sf-tooltip-line sf-tooltip-warning'}>
            {message}
          </span>
        ))}
      </span>
    </span>
  );
}
