import type { StoredMessage } from '../../../src/slack/local-api.js';

/** Hosts srm itself links to (AWS consoles and documentation, MITRE ATT&CK, CIS). */
const ownHosts = /(^|\.)(amazon\.com|amazonaws\.com|aws\.amazon\.com|mitre\.org|cisecurity\.org)$/;

/**
 * Every text Slack renders as mrkdwn in a message, and whether Slack would
 * also turn bare URLs in it into links: the mrkdwn text objects of its
 * blocks (unless verbatim), and its `text` (the notification fallback,
 * shown where blocks cannot be: its manual <…> tokens still count).
 */
export function mrkdwnTexts(m: Pick<StoredMessage, 'text' | 'blocks'>): { text: string; autolinks: boolean }[] {
  const out = [{ text: m.text, autolinks: false }];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push({ text: o.text, autolinks: o.verbatim !== true });
      Object.values(o).forEach(walk);
    }
  };
  walk(m.blocks);
  return out;
}

/** Text outside `code` spans and ```blocks``` (Slack renders neither links nor mentions inside them). */
function outsideCode(text: string): string {
  return text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
}

/**
 * What untrusted text could make Slack do in these messages: a mention
 * (<!channel>, <!here>, <!everyone>, <!subteam…>, <@U…>, <#C…>), a link to a
 * host srm does not link to (<https://…|…> or a bare URL Slack would make
 * clickable). Returns one line per finding.
 */
export function unsafeMrkdwn(messages: Iterable<StoredMessage>): string[] {
  const found: string[] = [];
  for (const m of messages) {
    for (const { text: raw, autolinks } of mrkdwnTexts(m)) {
      const text = outsideCode(raw);
      for (const t of text.matchAll(/<([^<>\n]{1,500})>/g)) {
        const inner = t[1]!;
        if (/^[!@#]/.test(inner)) found.push(`${m.ts}: mention ${t[0].slice(0, 60)}`);
        else if (/^[a-z][\w+.-]*:/i.test(inner)) {
          const host = /^[a-z]+:\/\/([^/|:]+)/i.exec(inner)?.[1] ?? '';
          if (!ownHosts.test(host)) found.push(`${m.ts}: link ${t[0].slice(0, 60)}`);
        }
      }
      if (!autolinks) continue;
      for (const u of text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+)/gi)) {
        const before = text.slice(Math.max(0, u.index - 1), u.index);
        if (before !== '<' && before !== '|' && !ownHosts.test(u[1]!)) found.push(`${m.ts}: bare link ${u[0].slice(0, 60)}`);
      }
    }
  }
  return found;
}
