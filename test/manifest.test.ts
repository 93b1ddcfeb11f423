import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Manifest {
  display_information: { name: string; description: string; long_description?: string; background_color?: string };
  features: {
    app_home?: { home_tab_enabled?: boolean };
    bot_user?: { display_name: string };
    slash_commands?: { command: string; description: string; usage_hint?: string; url?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions?: { bot_events?: string[]; request_url?: string };
    interactivity?: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled?: boolean;
  };
}

const manifest = parse(readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as Manifest;

/**
 * The bot scope each Web API method needs (docs.slack.dev/reference/methods/<method>);
 * `null` = no scope. A method the code calls that is missing here fails the test:
 * add it with its documented scope.
 */
const methodScopes: Record<string, string | null> = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.delete': 'chat:write',
  'chat.scheduleMessage': 'chat:write',
  'chat.getPermalink': null,
  'views.open': null,
  'views.update': null,
  'views.push': null,
  'views.publish': null,
  'users.info': 'users:read',
  'users.list': 'users:read',
  'users.lookupByEmail': 'users:read.email',
  'usergroups.users.list': 'usergroups:read',
  'usergroups.list': 'usergroups:read',
  'conversations.info': 'channels:read',
  'conversations.join': 'channels:join',
  'conversations.open': 'im:write',
  'conversations.history': 'channels:history',
  'conversations.replies': 'channels:history',
  'reactions.add': 'reactions:write',
};

/** Scopes declared for a reason other than a Web API call. */
const scopesWithoutMethod: Record<string, string> = {
  commands: 'the /srm slash command',
  'chat:write.public': 'posting alerts to public channels the bot was not invited to',
  // conversations.history/replies need it, not channels:history, in a private channel (methodScopes holds one scope a method).
  'groups:history': 'conversations.history and conversations.replies in private channels: finding a message an earlier attempt posted',
};

const slackNamespaces = ['chat', 'views', 'users', 'usergroups', 'conversations', 'reactions', 'auth', 'team', 'files', 'pins', 'bookmarks'];
const notSlack = new Set(['map', 'filter', 'forEach', 'find', 'some', 'every', 'reduce', 'push', 'slice', 'includes', 'join', 'flatMap', 'sort', 'concat', 'at', 'get', 'set', 'has', 'length', 'keys', 'values', 'entries']);
const callPattern = new RegExp(`\\b(${slackNamespaces.join('|')})\\.([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)?)\\s*\\(`, 'g');
const apiCallPattern = /apiCall\(\s*['"]([a-z]+\.[A-Za-z.]+)['"]/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Every Slack Web API method the product code calls (the local API stand-in only answers them). */
function calledMethods(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const dirs = ['src', 'commands', 'jobs', 'rules', 'checks'].map((d) => path.join(root, d));
  for (const file of dirs.flatMap((d) => sourceFiles(d))) {
    if (file.endsWith(path.join('slack', 'local-api.ts'))) continue;
    const text = readFileSync(file, 'utf8');
    const add = (method: string) => found.set(method, [...(found.get(method) ?? []), path.relative(root, file)]);
    for (const m of text.matchAll(callPattern)) {
      const [, ns, rest] = m;
      if (!ns || !rest || notSlack.has(rest.split('.')[0] ?? '')) continue;
      add(`${ns}.${rest}`);
    }
    for (const m of text.matchAll(apiCallPattern)) if (m[1]) add(m[1]);
  }
  return found;
}

describe('manifest.yml', () => {
  it('declares the app, its bot user and the App Home tab', () => {
    expect(manifest.display_information.name).toBe('srm');
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description ?? '';
    expect(long.length).toBeGreaterThanOrEqual(175);
    expect(long.length).toBeLessThanOrEqual(4000);
    expect(manifest.display_information.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.features.bot_user?.display_name).toBe('srm');
    expect(manifest.features.app_home?.home_tab_enabled).toBe(true);
  });

  it('declares /srm with a usage hint naming every registered subcommand, and nothing else', () => {
    const slash = manifest.features.slash_commands ?? [];
    expect(slash.map((s) => s.command)).toEqual(['/srm']);
    const hint = slash[0]?.usage_hint ?? '';
    expect(hint.length).toBeLessThanOrEqual(1000);
    const hinted = hint.split('|').map((part) => part.trim().split(/\s+/)[0]).sort();
    const registered = commands.map((c) => c.name).sort();
    expect(hinted, 'manifest.yml usage_hint must list exactly the subcommands in commands/index.ts').toEqual(registered);
  });

  it('subscribes to the events the app listens to and enables interactivity', () => {
    expect(manifest.settings.event_subscriptions?.bot_events).toContain('app_home_opened');
    expect(manifest.settings.interactivity?.is_enabled).toBe(true);
    if (manifest.settings.socket_mode_enabled !== true) {
      expect(manifest.settings.interactivity?.request_url).toMatch(/^https:\/\/.+\/slack\/events$/);
      expect(manifest.settings.event_subscriptions?.request_url).toMatch(/^https:\/\/.+\/slack\/events$/);
      expect(manifest.features.slash_commands?.[0]?.url).toMatch(/^https:\/\/.+\/slack\/events$/);
    }
  });

  it('declares a scope for every Web API method the code calls', () => {
    const scopes = new Set(manifest.oauth_config.scopes.bot);
    const called = calledMethods();
    expect(called.size).toBeGreaterThan(0);
    for (const [method, files] of called) {
      expect(method in methodScopes, `${method} (called in ${files.join(', ')}) has no entry in methodScopes: add its documented scope`).toBe(true);
      const scope = methodScopes[method];
      if (scope) expect(scopes.has(scope), `${method} needs ${scope} in manifest.yml`).toBe(true);
    }
  });

  it('declares no scope that nothing uses', () => {
    const needed = new Set<string>(Object.keys(scopesWithoutMethod));
    for (const method of calledMethods().keys()) {
      const scope = methodScopes[method];
      if (scope) needed.add(scope);
    }
    const unused = manifest.oauth_config.scopes.bot.filter((s) => !needed.has(s));
    expect(unused).toEqual([]);
  });
});
