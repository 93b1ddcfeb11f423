import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { parseQuestion } from '../../src/knowledge/matcher.js';

describe('words of a question as people paste them', () => {
  it('reads an API name written in CamelCase as its words', () => {
    expect(parseQuestion('we set AutoMinorVersionUpgrade to false').tokens).toEqual(['we', 'set', 'auto', 'minor', 'version', 'upgrade', 'to', 'false']);
    const a = answerQuestion('AutoMinorVersionUpgrade is false on our rds postgres instances, who applies minor versions now');
    expect(a.owner).toBe('customer');
    if (a.owner !== 'unknown') expect(a.duty?.id).toBe('rds-minor-version-upgrades');
  });

  it('keeps product names with one or two capitals whole', () => {
    expect(parseQuestion('DynamoDB and MySQL on AdministratorAccess').tokens).toEqual(['dynamodb', 'and', 'mysql', 'on', 'administratoraccess']);
  });

  it('reads another vendor the question moves away from as context when an AWS service is named', () => {
    expect(answerQuestion('thinking of app runner instead of heroku dynos, who patches the runtime').owner).not.toBe('unknown');
    expect(answerQuestion('who patches heroku dynos').owner).toBe('unknown');
    expect(answerQuestion('heroku dynos or app runner, who patches the runtime').owner).toBe('unknown');
  });

  it('refuses network vendors\' appliances', () => {
    for (const q of ['who patches cisco meraki firewalls', 'zscaler enforcement nodes availability, whose job', 'palo alto prisma access node patching']) {
      expect(answerQuestion(q).owner, q).toBe('unknown');
    }
  });
});
