import { emptyMetrics, newWorld } from '@stayflow/engine';
import { describe, expect, it } from 'vitest';
import { decodeWorld, encodeWorld } from './worldCodec.ts';

const stored = () => JSON.parse(JSON.stringify(encodeWorld(newWorld({ id: 'c1', attributes: { name: 'Ana' }, tags: ['vip'] })))) as Record<string, unknown>;

describe('stored customer worlds', () => {
  it('reads back what it wrote', () => {
    const world = newWorld({ id: 'c1', attributes: { name: 'Ana' }, tags: ['vip'] });
    world.sentAt.push(1);
    expect(decodeWorld('c1', { name: 'Ana' }, ['vip'], JSON.parse(JSON.stringify(encodeWorld(world))))).toEqual(world);
  });

  it('stops on a row that lost a part rather than reading it as empty', () => {
    for (const part of ['metrics', 'runs', 'matching', 'starts', 'sentAt']) {
      const world = stored();
      delete world[part];
      expect(() => decodeWorld('c1', {}, [], world)).toThrow(`customer c1: stored state is damaged and cannot be read (world.${part}`);
    }
  });

  it('stops on a world, attributes or tags of the wrong kind', () => {
    expect(() => decodeWorld('c1', {}, [], 'null')).toThrow('(world is not an object)');
    expect(() => decodeWorld('c1', {}, [], [])).toThrow('(world is not an object)');
    expect(() => decodeWorld('c1', [], [], stored())).toThrow('(attributes is not an object)');
    expect(() => decodeWorld('c1', {}, 'vip', stored())).toThrow('(tags is not a list)');
    expect(() => decodeWorld('c1', {}, [], { ...stored(), metrics: { ...emptyMetrics(), orders: '3' } })).toThrow('(world.metrics');
  });
});
