import type { Source } from '../schema.js';

/**
 * Pages of one AWS guide, for duty sources: `const kms = guide('https://docs.aws.amazon.com/kms/latest/developerguide',
 * 'AWS KMS Developer Guide')` then `kms('Rotate AWS KMS keys', 'rotate-keys')` is that page's title (with the guide's
 * name) and URL.
 */
export function guide(base: string, name: string): (title: string, path: string) => Source {
  return (title, path) => ({ title: `${title} (${name})`, url: `${base}/${path}.html` });
}
