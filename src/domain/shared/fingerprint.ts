/**
 * A short, stable fingerprint of JSON data (FNV-1a, 32 bit, over the JSON
 * text). Used to notice that a cached roll-up was built with another config;
 * not a security hash.
 *
 * @example
 * fingerprint({ a: 1 }) === fingerprint({ a: 1 }) // true
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
