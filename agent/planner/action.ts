/** What the planner decides for one turn: call tools (the loop runs them and asks again), or reply. */

export interface PlannedCall {
  name: string;
  args: unknown;
}

export type PlannerAction = { kind: 'calls'; calls: PlannedCall[] } | { kind: 'reply'; text: string };

export const reply = (text: string): PlannerAction => ({ kind: 'reply', text });
export const call = (...calls: PlannedCall[]): PlannerAction => ({ kind: 'calls', calls });
