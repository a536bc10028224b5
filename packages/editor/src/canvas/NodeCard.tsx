import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import { Icon, isIconName } from '../controls/Icon.tsx';
import type { FlowNode } from '../model/types.ts';
import { IssueBadge } from './IssueBadge.tsx';

/**
 * A step on the canvas: a card with its kind's colour and icon, a title and a summary,
 * a target handle on top and one labelled source handle per exit along the bottom.
 */
function NodeCardComponent({ id, data, selected }: NodeProps<FlowNode>) {
  const updateNodeInternals = useUpdateNodeInternals();
  const portsKey = data.ports.map((p) => p.id).join('|');
  const measuredPorts = useRef(portsKey);
  useEffect(() => {
    // React Flow measures handles on mount; only a change of exits (a case added) needs a new measure.
    if (measuredPorts.current === portsKey) return;
    measuredPorts.current = portsKey;
    updateNodeInternals(id);
  }, [id, portsKey, updateNodeInternals]);

  const classes = ['sf-node', `sf-kind-${data.kind}`];
  if (selected) classes.push('sf-selected');
  if (data.highlighted) classes.push('sf-highlighted');
  if (data.errors.length) classes.push('sf-has-errors');
  else if (data.warnings.length) classes.push('sf-has-warnings');
  const single = data.ports.length === 1 && data.ports[0]!.id === 'next';

  return (
    <div className={classes.join(' ')} data-testid={`node-${id}`} data-kind={data.kind}>
      {data.target && <Handle type="target" position={Position.Top} className="sf-handle sf-handle-in" data-testid={`handle-${id}-in`} isConnectable={!data.readOnly} />}
      <div className="sf-node-header">
        <span className="sf-node-icon" title={data.kindLabel}>
          {isIconName(data.kind) && <Icon name={data.kind} size={14} />}
        </span>
        {data.enteredLabel === null ? (
          <span className="sf-node-kind">{data.kindLabel}</span>
        ) : (
          // In stats mode the count takes the kind's place, so cards keep their height.
          <span className="sf-node-entered" data-testid={`node-${id}-entered`} title={data.kindLabel}>
            <Icon name="users" size={12} /> {data.enteredLabel}
          </span>
        )}
        {data.badgeLabel !== null && <IssueBadge nodeId={id} label={data.badgeLabel} errors={data.errors} warnings={data.warnings} />}
      </div>
      <div className="sf-node-title" title={data.title}>
        {data.title}
      </div>
      {data.translationLabel !== null && (
        <span className="sf-translation-badge" data-testid={`node-${id}-needs-translation`}>
          <Icon name="warning" size={12} /> {data.translationLabel}
        </span>
      )}
      {data.summary && (
        <div className="sf-node-summary" title={data.summary}>
          {data.summary}
        </div>
      )}
      {data.ports.length > 0 && (
        <div className={single ? 'sf-node-ports sf-single' : 'sf-node-ports'}>
          {data.ports.map((port) => (
            <div className="sf-port" key={port.id} data-testid={`port-${id}-${port.id}`}>
              {!single && (
                <span className="sf-port-label" title={port.label}>
                  {port.label}
                  {port.stats !== undefined && <span className="sf-port-count">{port.stats}</span>}
                </span>
              )}
              <Handle
                type="source"
                position={Position.Bottom}
                id={port.id}
                className="sf-handle sf-handle-out"
                data-testid={`handle-${id}-${port.id}`}
                title={port.label}
                isConnectable={!data.readOnly}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

export const NodeCard = memo(NodeCardComponent);
