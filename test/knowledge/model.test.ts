import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';
import { rules } from '../../rules/index.js';
import { answerQuestion } from '../../src/knowledge/answer.js';
import { coreAreaIds } from '../../src/knowledge/area-ids.js';
import { areaData } from '../../src/knowledge/areas.js';
import { checklist } from '../../src/knowledge/checklist.js';
import { acts, objects, ownReadings, refinementCues } from '../../src/knowledge/lexicon.js';
import { correctWord, knownVocabulary } from '../../src/knowledge/matcher.js';
import { areaOwners, getArea, getRefinement, listAreas, listServices, resolve } from '../../src/knowledge/model.js';
import { overrideData } from '../../src/knowledge/overrides.js';
import { serviceData } from '../../src/knowledge/services.js';
import { allowedEdits, editDistance, normalize } from '../../src/knowledge/text.js';

describe('knowledge base data', () => {
  it('covers at least 60 services and 35 areas with unique ids', () => {
    const services = listServices();
    const areas = listAreas();
    expect(services.length).toBeGreaterThanOrEqual(60);
    expect(areas.length).toBeGreaterThanOrEqual(35);
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    expect(new Set(areas.map((a) => a.id)).size).toBe(areas.length);
  });

  it('defines every shared area id from area-ids.ts', () => {
    const missing = coreAreaIds.filter((id) => !getArea(id));
    expect(missing).toEqual([]);
  });

  it('has services of every model', () => {
    const byModel = new Set(listServices().map((s) => s.model));
    expect([...byModel].sort()).toEqual(['abstracted', 'container', 'infrastructure']);
  });

  it('resolves every service × area to an owner with a reason, actions and a source', () => {
    let count = 0;
    for (const s of listServices()) {
      for (const a of listAreas()) {
        const r = resolve(s.id, a.id);
        expect(['aws', 'customer', 'shared']).toContain(r.owner);
        expect(r.why, `${s.id}/${a.id}`).not.toContain('{service}');
        expect(r.why.length).toBeGreaterThan(20);
        expect(r.awsResponsibilities.length).toBeGreaterThan(0);
        expect(r.customerActions.length).toBeGreaterThan(0);
        expect(r.sources.length).toBeGreaterThan(0);
        for (const src of r.sources) expect(src.url).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
        count++;
      }
    }
    expect(count).toBe(listServices().length * listAreas().length);
  });

  it('has at most one override per (service, area)', () => {
    const keys = overrideData.map((o) => `${o.service}/${o.area}`);
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('never gives one alias to two services', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of serviceData) {
      for (const alias of [...(s.supporting ? [] : [s.id.replace(/-/g, ' ')]), ...s.aliases]) {
        const key = normalize(alias);
        const prev = owner.get(key);
        if (prev && prev !== s.id) clashes.push(`${key}: ${prev} / ${s.id}`);
        owner.set(key, s.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never gives one phrase to two areas, or to an area and a verb/object word', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (phrase: string, who: string): void => {
      const key = normalize(phrase);
      const prev = owner.get(key);
      if (prev && prev !== who) clashes.push(`${key}: ${prev} / ${who}`);
      owner.set(key, who);
    };
    for (const a of areaData) for (const alias of a.aliases) claim(alias, `area:${a.id}`);
    for (const [act, words] of Object.entries(acts)) for (const w of words) claim(w, `act:${act}`);
    for (const [obj, words] of Object.entries(objects)) for (const w of words) claim(w, `object:${obj}`);
    expect(clashes).toEqual([]);
  });

  it('selects refinements only of existing areas, and every refinement has cues', () => {
    for (const c of refinementCues) {
      expect(getRefinement(c.area, c.refinement), `${c.area}#${c.refinement}`).toBeDefined();
      expect(c.cues.length).toBeGreaterThan(0);
    }
    for (const a of listAreas()) for (const x of a.refinements) expect(refinementCues.some((c) => c.area === a.id && c.refinement === x.id), `${a.id}#${x.id}`).toBe(true);
    for (const [from, to] of Object.entries(ownReadings)) expect([getArea(from)?.id, getArea(to)?.id]).toEqual([from, to]);
  });

  it('splits DDoS protection and compliance into the AWS part and the customer part', () => {
    expect(areaOwners('aws-compliance-reports').uniform).toBe('aws');
    expect(areaOwners('compliance-evidence').uniform).toBe('shared');
    expect(areaOwners('ddos-protection').uniform).toBe('shared');
    expect(areaOwners('ddos-protection', 'shield-standard').uniform).toBe('aws');
    expect(areaOwners('ddos-protection', 'shield-advanced-resilience').uniform).toBe('customer');
    expect(resolve('cloudfront', 'ddos-protection', 'shield-standard').sources.length).toBeGreaterThan(1);
  });

  it('links every checklist duty to existing areas', () => {
    expect(checklist.length).toBeGreaterThanOrEqual(8);
    expect(new Set(checklist.map((d) => d.id)).size).toBe(checklist.length);
    for (const duty of checklist) for (const area of duty.areas) expect(getArea(area), `${duty.id} → ${area}`).toBeDefined();
    const titles = checklist.map((d) => d.id).join(' ');
    for (const word of ['compromise', 'behaviour', 'continuity', 'managed-services', 'patching', 'least-access', 'sensitive-data', 'compliance']) {
      expect(titles).toContain(word);
    }
  });

  it('gives physical security, hypervisor and global network to AWS everywhere off-premises', () => {
    for (const id of ['physical-security', 'hypervisor-host-os', 'global-network']) expect(areaOwners(id).uniform).toBe('aws');
    expect(resolve('outposts', 'physical-security').owner).toBe('shared');
    expect(areaOwners('physical-security').exceptions.map((s) => s.id)).toContain('outposts');
  });

  it('gets the documented subtle cases right', () => {
    const cases: [string, string, string][] = [
      ['rds', 'database-engine-patching', 'shared'],
      ['rds', 'guest-os-patching', 'aws'],
      ['rds-custom', 'database-engine-patching', 'customer'],
      ['rds-custom', 'guest-os-patching', 'customer'],
      ['lambda', 'runtime-patching', 'aws'],
      ['lambda', 'application-code', 'customer'],
      ['lambda', 'container-images', 'customer'],
      ['lambda', 'custom-runtimes', 'customer'],
      ['fargate', 'guest-os-patching', 'aws'],
      ['fargate', 'container-images', 'customer'],
      ['ecs', 'guest-os-patching', 'customer'],
      ['eks', 'container-orchestration', 'aws'],
      ['eks', 'guest-os-patching', 'customer'],
      ['eks-fargate', 'guest-os-patching', 'aws'],
      ['elastic-beanstalk', 'guest-os-patching', 'shared'],
      ['outposts', 'managed-infrastructure', 'aws'],
      ['s3', 'encryption-at-rest', 'shared'],
      ['dynamodb', 'encryption-at-rest', 'shared'],
      ['aurora', 'backups', 'shared'],
      ['ec2', 'guest-os-patching', 'customer'],
      ['ec2', 'hypervisor-host-os', 'aws'],
    ];
    for (const [service, area, owner] of cases) expect(`${service}/${area}=${resolve(service, area).owner}`).toBe(`${service}/${area}=${owner}`);
  });

  it('knows every area the rule and check catalogues use', () => {
    for (const unit of [...rules, ...checks]) expect(getArea(unit.area), `${unit.id} → ${unit.area}`).toBeDefined();
  });
});

describe('answers', () => {
  it('lists the checks and rules of the answer area, from the catalogues', () => {
    // EBS for encryption at rest: on EC2 the question could also mean the instance store, which AWS encrypts.
    for (const [area, service] of [['root-account', 'ec2'], ['iam', 'ec2'], ['api-logging', 'ec2'], ['threat-detection', 'ec2'], ['encryption-at-rest', 'ebs'], ['resource-policies', 'ec2']] as const) {
      const a = answerQuestion(`who owns ${getArea(area)?.aliases[0]} for ${service}`);
      expect(a.owner).not.toBe('unknown');
      if (a.owner === 'unknown') continue;
      expect(a.area.id).toBe(area);
      expect(a.checks).toEqual(checks.filter((c) => c.area === area).map((c) => c.id));
      expect(a.rules).toEqual(rules.filter((r) => r.area === area).map((r) => r.id));
    }
  });

  it('answers a service-only question with every area grouped by owner', () => {
    const a = answerQuestion('what do I own on lambda?');
    expect(a.owner).toBe('shared');
    if (a.owner === 'unknown') return;
    expect(a.area).toEqual({ id: 'all', name: 'All areas' });
    const grouped = a.byOwner ? [...a.byOwner.aws, ...a.byOwner.customer, ...a.byOwner.shared] : [];
    expect(grouped.map((x) => x.id).sort()).toEqual(listAreas().map((x) => x.id).sort());
    expect(a.byOwner?.customer.map((x) => x.id)).toContain('application-code');
    expect(a.byOwner?.aws.map((x) => x.id)).toContain('guest-os-patching');
  });

  it('answers a uniform area with no service, and says when it depends on the service', () => {
    const physical = answerQuestion('who is responsible for physical security?');
    expect(physical.owner).toBe('aws');
    if (physical.owner !== 'unknown') expect(physical.service).toBeNull();
    const enc = answerQuestion('who owns encryption?');
    expect(enc.owner).toBe('unknown');
    if (enc.owner === 'unknown') {
      expect(enc.byModel?.infrastructure.owner).toBe('customer');
      expect(enc.byModel?.abstracted.owner).toBe('shared');
      expect(enc.suggestions.some((s) => s.includes('s3'))).toBe(true);
    }
  });

  it('suggests questions it can answer', () => {
    for (const q of ['who owns encryption?', 'who is responsible for the database engine', 'who patches zorblax', 'who owns physical security for zorblax']) {
      const a = answerQuestion(q);
      expect(a.owner).toBe('unknown');
      if (a.owner !== 'unknown') continue;
      for (const s of a.suggestions) expect(answerQuestion(s).owner, s).not.toBe('unknown');
    }
  });

  it('refuses another vendor\'s product written before a generic technology or as a cloud name', () => {
    for (const q of ['supabase postgres major version upgrades: aws job or ours?', 'upstash redis encryption at rest - who?', 'on fly.io machines who patches the host kernel?']) {
      const a = answerQuestion(q);
      expect(a.owner, q).toBe('unknown');
    }
    // The AWS service written with the same technology still answers.
    expect(answerQuestion('who applies postgres major version upgrades on rds').owner).toBe('customer');
  });

  it('gives the customer the physical security of devices on its own premises', () => {
    expect(answerQuestion('who physically secures our greengrass core devices in the plant').owner).toBe('customer');
  });

  it('handles empty and oversized input without an owner', () => {
    expect(answerQuestion('').owner).toBe('unknown');
    expect(answerQuestion('   ').owner).toBe('unknown');
    expect(answerQuestion('x'.repeat(5000)).owner).toBe('unknown');
  });

  it('reads a typo as the likelier word: a dropped letter before a far-away key, a real plural, the commoner word', () => {
    expect(correctWord('scaes')).toBe('scales');
    expect(correctWord('pathes')).toBe('patches');
    expect(answerQuestion('who pathes documentdb').owner).toBe(answerQuestion('who patches documentdb').owner);
  });

  it('reads a dictionary word as itself, not as another word srm knows; only into a form of itself', () => {
    expect(correctWord('sitting')).toBeNull();
    expect(correctWord('march')).toBeNull();
    expect(correctWord('lambada')).toBe('lambda');
  });

  it('never maps a made-up word to a service unless it is a near typo of a known word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[bcdfgjkqvwxz][a-z]{4,10}$/), (word) => {
        const a = answerQuestion(`who owns physical security for ${word}`);
        // Refused, or answered for every service (an ordinary word such as "djinn" names no service): no service was guessed.
        if (a.owner === 'unknown' || a.service === null) return;
        // Answered only because the word is a near typo of a known word (a service's or an ordinary one).
        const fixed = correctWord(word);
        expect(fixed).not.toBeNull();
        expect(knownVocabulary().has(fixed ?? '')).toBe(true);
        expect(editDistance(word, fixed ?? '', 3)).toBeLessThanOrEqual(Math.max(allowedEdits(word.length), word.endsWith('s') ? 2 : 0));
      }),
      { numRuns: 300 },
    );
  });
});
