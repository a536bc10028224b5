import type { Playbook, PlaybookNode } from '@stayflow/playbook';

const COLUMN = 230;
const ROW = 120;
/** A unit is four steps in a diamond: a condition, a message or a wait, then a tag. */
const UNIT_WIDTH = 2 * COLUMN + 40;
const UNIT_HEIGHT = 3 * ROW;
const LANES = 6;

/**
 * A valid playbook of exactly `size` steps (at least 6), laid out as an operator would
 * draw it: a trigger, then a chain of units — "Ordered more than i times?" → yes: an SMS,
 * no: wait a day → both tag the customer → the next unit — arranged in lanes so the whole
 * graph fits a screen at the editor's smallest fitted zoom. Extra steps become waits
 * before the final exit.
 */
export function largePlaybook(id: string, size: number): Playbook {
  if (size < 6) throw new Error('a large playbook has at least 6 steps');
  const nodes: PlaybookNode[] = [{ id: 'start', type: 'trigger', on: 'manual', label: 'Started by hand', position: { x: COLUMN / 2, y: -ROW } }];
  const edges: Playbook['edges'] = [];
  let previous = 'start';
  const units = Math.floor((size - 2) / 4);
  for (let unit = 0; unit < units; unit++) {
    const x = (unit % LANES) * UNIT_WIDTH;
    const y = Math.floor(unit / LANES) * UNIT_HEIGHT + ROW / 2;
    const [check, sms, pause, tag] = ['check', 'sms', 'pause', 'tag'].map((name) => `${name}_${unit + 1}`) as [string, string, string, string];
    nodes.push(
      { id: check, type: 'condition', label: `Ordered more than ${unit} times?`, if: { '>': [{ var: 'customer.metrics.orders' }, unit] }, position: { x: x + COLUMN / 2, y } },
      { id: sms, type: 'action', action: 'send_message', channel: 'sms', template: { body: `Thanks for order number ${unit + 1}, {{customer.name | default: "friend"}}!` }, position: { x, y: y + ROW } },
      { id: pause, type: 'wait', for: 'P1D', position: { x: x + COLUMN, y: y + ROW } },
      { id: tag, type: 'action', action: 'add_tag', tag: `step-${unit + 1}`, position: { x: x + COLUMN / 2, y: y + 2 * ROW } },
    );
    edges.push({ from: previous, to: check }, { from: check, to: sms, port: 'true' }, { from: check, to: pause, port: 'false' }, { from: sms, to: tag }, { from: pause, to: tag });
    previous = tag;
  }
  const bottom = Math.ceil(units / LANES) * UNIT_HEIGHT + ROW / 2;
  for (let extra = 1; nodes.length < size - 1; extra++) {
    const wait = `wait_${extra}`;
    nodes.push({ id: wait, type: 'wait', for: 'PT1H', position: { x: (extra - 1) * COLUMN, y: bottom } });
    edges.push({ from: previous, to: wait });
    previous = wait;
  }
  nodes.push({ id: 'done', type: 'exit', position: { x: (nodes.length % LANES) * COLUMN, y: bottom + ROW } });
  edges.push({ from: previous, to: 'done' });
  return { schema: 'stayflow/playbook@1', id, name: `${size}-step playbook`, nodes, edges };
}
