import type { PathSegment } from '@stayflow/playbook';

/**
 * Where a JSON text first nests deeper than `maxDepth` objects and lists, or null if it never
 * does. It reads the text itself, in one pass and without recursion, so a body nested a million
 * levels deep costs one scan and no parsing; the place is the path to the first container too
 * deep (`$.attributes.a.a…`). A text that is not valid JSON gives an unreliable answer: the
 * parser reports it afterwards.
 */
export function tooDeepPlace(text: string, maxDepth: number): PathSegment[] | null {
  // One frame per open container: is it an object, its current index (lists), its current key's span (objects).
  const isObject: boolean[] = [];
  const index: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  const expectKey: boolean[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c /* \ */) i++;
        else if (s === 0x22) break;
      }
      const top = depth - 1;
      if (top >= 0 && isObject[top] && expectKey[top]) {
        keyStart[top] = start;
        keyEnd[top] = i + 1;
        expectKey[top] = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === maxDepth) return placeOf(text, depth, isObject, index, keyStart, keyEnd);
      isObject[depth] = c === 0x7b;
      index[depth] = 0;
      expectKey[depth] = c === 0x7b;
      depth++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    } else if (c === 0x2c /* , */ && depth > 0) {
      index[depth - 1]!++;
      if (isObject[depth - 1]) expectKey[depth - 1] = true;
    }
  }
  return null;
}

function placeOf(text: string, depth: number, isObject: boolean[], index: number[], keyStart: number[], keyEnd: number[]): PathSegment[] {
  const path: PathSegment[] = [];
  for (let level = 0; level < depth; level++) {
    if (!isObject[level]) {
      path.push(index[level]!);
      continue;
    }
    let key: string;
    try {
      key = JSON.parse(text.slice(keyStart[level], keyEnd[level])) as string;
    } catch {
      key = '?';
    }
    path.push(key);
  }
  return path;
}
