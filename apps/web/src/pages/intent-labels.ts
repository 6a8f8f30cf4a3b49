import type { Intent } from '@dyocense/api/schemas';

/** What a person chose to do first, as the sign-up forms offer it and the funnel names it. */
export const INTENT_LABELS: Record<Intent, string> = {
  launch: 'Launch a new business',
  grow: 'Grow my business',
  other: 'Something else',
};
