import type { Source } from '../schema.js';

/**
 * Pages of one AWS guide: `guide('Amazon S3 User Guide', 'AmazonS3/latest/userguide')('Using versioning', 'Versioning')`
 * is the source https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html, titled with its guide.
 */
export function guide(name: string, base: string): (title: string, page: string) => Source {
  return (title, page) => ({ title: `${title} (${name})`, url: `https://docs.aws.amazon.com/${base}/${page}.html` });
}
