import { describe, expect, it } from 'vitest';
import { pastedCheck } from '../../src/knowledge/pasted-check.js';

describe('pastedCheck', () => {
  it('reads a Security Hub control id with its title as a pasted check', () => {
    expect(pastedCheck('ElasticBeanstalk.2 Elastic Beanstalk managed platform updates should be enabled. who turns this on?')).toBe('ElasticBeanstalk.2');
    expect(pastedCheck('S3.8 S3 general purpose buckets should block public access, whose fix')).toBe('S3.8');
  });

  it('reads a title with a failing result, and a Config rule name with one', () => {
    expect(pastedCheck('key rotation should be enabled -> NON_COMPLIANT for 3 keys')).toBe('NON_COMPLIANT');
    expect(pastedCheck('rds-storage-encrypted is failing on prod-db, who fixes')).toBe('rds-storage-encrypted');
  });

  it('is no check without a title or result, nor for a Region code or a version number', () => {
    expect(pastedCheck('who maintains managed rules like s3-bucket-public-read-prohibited')).toBeNull();
    expect(pastedCheck('our us-east-1 failover failed last night, who owns multi-az for rds')).toBeNull();
    expect(pastedCheck('we run postgres 16.3 on rds, who should patch it')).toBeNull();
    expect(pastedCheck('who should patch the guest os on ec2')).toBeNull();
  });

  it('is no check when "should" asks a question beside a failure ("should we keep spares")', () => {
    expect(pastedCheck('if a host in our outposts rack fails, should we keep spare parts on site?')).toBeNull();
    expect(pastedCheck('the nightly job fails sometimes; should aws retry it or do we')).toBeNull();
  });
});
