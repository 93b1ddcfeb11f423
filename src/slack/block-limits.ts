/**
 * Block Kit's documented limits, checked without Slack. Slack answers
 * `invalid_blocks` when one is exceeded; we find out in tests instead of in a
 * channel. Sources (docs.slack.dev/reference/…):
 * - block-kit/blocks: up to 50 blocks per message, 100 in modals and Home tabs.
 * - blocks/section-block: text 1–3000 chars; fields ≤10 items, each ≤2000; block_id ≤255.
 * - blocks/header-block: plain_text only, ≤150 chars.
 * - blocks/context-block: ≤10 elements.  blocks/actions-block: ≤25 elements.
 * - block-elements/button-element: text ≤75, action_id ≤255, value ≤2000, url ≤3000.
 * - views/modal-views: title ≤24, submit ≤24, close ≤24, callback_id ≤255, private_metadata ≤3000.
 * - methods/chat.postMessage: `text` is truncated past 40,000 chars (we treat it as an error).
 * Duplicate block_ids and action_ids within one surface are rejected by Slack.
 */

export type Surface = 'message' | 'modal' | 'home';

export const limits = {
  blocks: { message: 50, modal: 100, home: 100 },
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  actionId: 255,
  blockId: 255,
  buttonValue: 2000,
  url: 3000,
  messageText: 40_000,
  modalTitle: 24,
  modalButton: 24,
  callbackId: 255,
  privateMetadata: 3000,
  imageAltText: 2000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
} as const;

/** Block types Slack knows; anything else is rejected. */
export const knownBlockTypes = new Set([
  'actions',
  'context',
  'divider',
  'file',
  'header',
  'image',
  'input',
  'markdown',
  'rich_text',
  'section',
  'video',
  'table',
]);

const interactiveElementTypes = new Set([
  'button',
  'checkboxes',
  'datepicker',
  'datetimepicker',
  'email_text_input',
  'file_input',
  'image',
  'multi_static_select',
  'multi_external_select',
  'multi_users_select',
  'multi_conversations_select',
  'multi_channels_select',
  'number_input',
  'overflow',
  'plain_text_input',
  'radio_buttons',
  'rich_text_input',
  'static_select',
  'external_select',
  'users_select',
  'conversations_select',
  'channels_select',
  'timepicker',
  'url_text_input',
  'workflow_button',
]);

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Slack counts characters; we count UTF-16 code units like its JSON does (a safe upper bound for emoji). */
function len(s: unknown): number {
  return typeof s === 'string' ? s.length : 0;
}

class Collector {
  readonly violations: string[] = [];
  readonly blockIds = new Set<string>();
  readonly actionIds = new Set<string>();
  add(where: string, what: string): void {
    this.violations.push(`${where}: ${what}`);
  }
  max(where: string, field: string, value: unknown, limit: number): void {
    if (len(value) > limit) this.add(where, `${field} is ${len(value)} chars, limit ${limit}`);
  }
}

function checkTextObject(c: Collector, where: string, field: string, t: unknown, limit: number, plainOnly = false): void {
  if (t === undefined) return;
  if (!isObj(t) || typeof t.text !== 'string') {
    c.add(where, `${field} must be a text object with a string "text"`);
    return;
  }
  if (t.type !== 'plain_text' && t.type !== 'mrkdwn') c.add(where, `${field}.type must be plain_text or mrkdwn`);
  else if (plainOnly && t.type !== 'plain_text') c.add(where, `${field} must be plain_text`);
  c.max(where, `${field}.text`, t.text, limit);
}

/** An optional id (action_id, block_id): a string within `limit`, unique in the message. */
function checkId(c: Collector, where: string, field: string, value: unknown, limit: number, seen: Set<string>): void {
  if (value === undefined) return;
  if (typeof value !== 'string') {
    c.add(where, `${field} must be a string`);
    return;
  }
  c.max(where, field, value, limit);
  if (seen.has(value)) c.add(where, `duplicate ${field} "${value}"`);
  seen.add(value);
}

function checkElement(c: Collector, where: string, el: unknown): void {
  if (!isObj(el)) {
    c.add(where, 'element must be an object');
    return;
  }
  const type = typeof el.type === 'string' ? el.type : '';
  checkId(c, where, 'action_id', el.action_id, limits.actionId, c.actionIds);
  if (type === 'button') {
    checkTextObject(c, where, 'button text', el.text, limits.buttonText, true);
    if (el.text === undefined) c.add(where, 'button needs text');
    c.max(where, 'button value', el.value, limits.buttonValue);
    c.max(where, 'button url', el.url, limits.url);
  } else if (type === 'static_select' || type === 'multi_static_select' || type === 'overflow' || type === 'radio_buttons' || type === 'checkboxes') {
    const options = Array.isArray(el.options) ? el.options : [];
    if (options.length > limits.selectOptions) c.add(where, `${type} has ${options.length} options, limit ${limits.selectOptions}`);
    options.forEach((o, i) => {
      if (!isObj(o)) return c.add(where, `option ${i} must be an object`);
      checkTextObject(c, `${where} option ${i}`, 'text', o.text, limits.optionText);
      c.max(`${where} option ${i}`, 'value', o.value, limits.optionValue);
    });
  } else if (type === 'image') {
    c.max(where, 'image_url', el.image_url, limits.url);
    c.max(where, 'alt_text', el.alt_text, limits.imageAltText);
  } else if (type === 'plain_text' || type === 'mrkdwn') {
    // text objects inside context blocks
  } else if (!interactiveElementTypes.has(type)) {
    c.add(where, `unknown element type "${type}"`);
  }
}

function checkBlock(c: Collector, index: number, block: unknown): void {
  const where = `block ${index}`;
  if (!isObj(block)) {
    c.add(where, 'block must be an object');
    return;
  }
  const type = typeof block.type === 'string' ? block.type : '';
  const at = `${where} (${type || 'no type'})`;
  if (!knownBlockTypes.has(type)) {
    c.add(at, `unknown block type "${type}"`);
    return;
  }
  checkId(c, at, 'block_id', block.block_id, limits.blockId, c.blockIds);
  switch (type) {
    case 'section': {
      if (block.text === undefined && block.fields === undefined) c.add(at, 'section needs text or fields');
      checkTextObject(c, at, 'text', block.text, limits.sectionText);
      if (isObj(block.text) && typeof block.text.text === 'string' && block.text.text.length === 0) c.add(at, 'text must not be empty');
      if (block.fields !== undefined) {
        if (!Array.isArray(block.fields)) c.add(at, 'fields must be an array');
        else {
          if (block.fields.length > limits.sectionFields) c.add(at, `fields has ${block.fields.length} items, limit ${limits.sectionFields}`);
          block.fields.forEach((f, i) => checkTextObject(c, at, `fields[${i}]`, f, limits.sectionFieldText));
        }
      }
      if (block.accessory !== undefined) checkElement(c, `${at} accessory`, block.accessory);
      break;
    }
    case 'header':
      if (block.text === undefined) c.add(at, 'header needs text');
      checkTextObject(c, at, 'text', block.text, limits.headerText, true);
      break;
    case 'context': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0) c.add(at, 'context needs elements');
      if (elements.length > limits.contextElements) c.add(at, `context has ${elements.length} elements, limit ${limits.contextElements}`);
      elements.forEach((e, i) => {
        if (isObj(e) && (e.type === 'plain_text' || e.type === 'mrkdwn')) checkTextObject(c, at, `elements[${i}]`, e, limits.sectionText);
        else checkElement(c, `${at} element ${i}`, e);
      });
      break;
    }
    case 'actions': {
      const elements = Array.isArray(block.elements) ? block.elements : [];
      if (elements.length === 0) c.add(at, 'actions needs elements');
      if (elements.length > limits.actionsElements) c.add(at, `actions has ${elements.length} elements, limit ${limits.actionsElements}`);
      elements.forEach((e, i) => checkElement(c, `${at} element ${i}`, e));
      break;
    }
    case 'input':
      checkTextObject(c, at, 'label', block.label, limits.sectionFieldText, true);
      if (block.element !== undefined) checkElement(c, `${at} element`, block.element);
      break;
    case 'image':
      c.max(at, 'image_url', block.image_url, limits.url);
      c.max(at, 'alt_text', block.alt_text, limits.imageAltText);
      break;
    default:
      break;
  }
}

/** Every Block Kit limit violated by `blocks` on `surface`; empty when Slack would accept them. */
export function validateBlocks(blocks: unknown, surface: Surface): string[] {
  const c = new Collector();
  if (blocks === undefined) return c.violations;
  if (!Array.isArray(blocks)) {
    c.add('blocks', 'must be an array');
    return c.violations;
  }
  const max = limits.blocks[surface];
  if (blocks.length > max) c.add('blocks', `${blocks.length} blocks, limit ${max} in a ${surface}`);
  blocks.forEach((b, i) => checkBlock(c, i, b));
  return c.violations;
}

/** A message payload (chat.postMessage, chat.update, response_url): its text and blocks. */
export function validateMessage(message: { text?: unknown; blocks?: unknown }): string[] {
  const out: string[] = [];
  if (len(message.text) > limits.messageText) out.push(`message: text is ${len(message.text)} chars, limit ${limits.messageText}`);
  return out.concat(validateBlocks(message.blocks, 'message'));
}

/** A view for views.open / views.update / views.push / views.publish. */
export function validateView(view: unknown): string[] {
  if (!isObj(view)) return ['view: must be an object'];
  const out: string[] = [];
  const type = view.type;
  if (type !== 'modal' && type !== 'home') return [`view: unknown type "${String(type)}"`];
  const c = new Collector();
  if (type === 'modal') {
    if (view.title === undefined) c.add('view', 'modal needs a title');
    checkTextObject(c, 'view', 'title', view.title, limits.modalTitle, true);
    checkTextObject(c, 'view', 'submit', view.submit, limits.modalButton, true);
    checkTextObject(c, 'view', 'close', view.close, limits.modalButton, true);
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObj(b) && b.type === 'input');
    if (hasInput && view.submit === undefined) c.add('view', 'a modal with input blocks needs submit');
  }
  c.max('view', 'callback_id', view.callback_id, limits.callbackId);
  c.max('view', 'private_metadata', view.private_metadata, limits.privateMetadata);
  out.push(...c.violations);
  if (!Array.isArray(view.blocks)) out.push('view: blocks must be an array');
  else out.push(...validateBlocks(view.blocks, type));
  return out;
}
