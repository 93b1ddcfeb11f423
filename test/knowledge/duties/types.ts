/**
 * Questions about one documented duty, written the way people ask in Slack
 * (questions, complaints, misconceptions, typos), each with the owner AWS
 * documents. `setting` names the condition (its `when`) the question states.
 */
export interface DutyPhrasing {
  q: string;
  owner: 'aws' | 'customer' | 'shared';
  duty: string;
  /** The condition the question states, by its `when` text. */
  setting?: string;
}

export const ask = (duty: string, owner: DutyPhrasing['owner'], q: string, setting?: string): DutyPhrasing => ({ q, owner, duty, ...(setting ? { setting } : {}) });
