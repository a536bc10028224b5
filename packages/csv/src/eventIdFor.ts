/** cyrb53: a fast 53-bit string hash (public domain, bryc); two seeds give 106 bits. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The id of the order event an imported row carries, computed from the order's content
 * (customer, order number, amount, currency, time), so importing the same file again sends
 * the same ids and the server accepts each order once. 106 bits of hash: two different
 * orders among millions sharing an id is not a practical concern.
 */
export function eventIdFor(parts: readonly (string | number)[]): string {
  const text = JSON.stringify(parts);
  return `csv-${cyrb53(text, 1).toString(16).padStart(14, '0')}${cyrb53(text, 2).toString(16).padStart(14, '0')}`;
}
