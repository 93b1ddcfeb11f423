import * as crypto from 'node:crypto';

/**
 * SHA-1 of a string (UTF-8) as hex. `crypto.hash` (Node 20.12 and later) is
 * a one-shot call, about three times as fast as a Hash object for the short
 * keys a burst hashes per event; older Node 20 releases use createHash.
 */
export const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : (text) => crypto.createHash('sha1').update(text).digest('hex');
