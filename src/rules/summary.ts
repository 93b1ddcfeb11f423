import type { EventSourceKind } from '../ingest/types.js';
import type { Severity } from './types.js';

/** The part of a rule that other parts (knowledge base, listings) rely on. */
export interface RuleSummary {
  id: string;
  title: string;
  source: EventSourceKind;
  severity: Severity;
  area: string;
  controls: readonly string[];
  /** MITRE ATT&CK technique ids (every rule has them; optional for summaries built elsewhere). */
  attack?: readonly string[];
}
