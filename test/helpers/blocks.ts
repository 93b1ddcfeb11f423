/** Every mrkdwn string a message or view carries (where mentions and links work), with the fallback `text` first. */
export function mrkdwnTexts(payload: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (obj.type === 'mrkdwn' && typeof obj.text === 'string') out.push(obj.text);
    for (const v of Object.values(obj)) walk(v);
  };
  const top = payload as { text?: unknown; blocks?: unknown };
  if (typeof top.text === 'string') out.push(top.text);
  walk(top.blocks);
  return out;
}
