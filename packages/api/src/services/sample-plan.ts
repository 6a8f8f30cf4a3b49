import type { Intent } from '../schemas';

interface SamplePlan {
  title: string;
  summary: string;
  tasks: { title: string; description: string }[];
}

const SUMMARY = 'Dyocense generated getting-started plan.';

const samplePlans: Record<Intent, SamplePlan> = {
  launch: {
    title: 'Sample Launch Plan',
    summary: SUMMARY,
    tasks: [
      {
        title: 'Describe your offer in one sentence',
        description: 'Write down what you sell, who it is for and why they should choose you.',
      },
      {
        title: 'Complete your business profile',
        description: 'Add your logo, opening hours and contact details so customers can reach you.',
      },
      {
        title: 'Choose your first sales channel',
        description: 'Pick one place to sell first: your own website, a marketplace or in person.',
      },
      {
        title: 'Set a launch date and budget',
        description: 'Decide when you open and how much you will spend on the first month.',
      },
      {
        title: 'Invite your first ten customers',
        description:
          'Reach out personally to people who asked for this and offer them early access.',
      },
    ],
  },
  grow: {
    title: 'Sample Growth Plan',
    summary: SUMMARY,
    tasks: [
      {
        title: 'Review last quarter’s sales',
        description: 'Find your best-selling products and your most loyal customers.',
      },
      {
        title: 'Pick one growth goal',
        description: 'Choose a single number to move this quarter, such as repeat orders.',
      },
      {
        title: 'Ask five customers for feedback',
        description: 'Learn what they value and what would make them buy more often.',
      },
      {
        title: 'Try one new marketing channel',
        description: 'Run a small, time-boxed experiment and measure what it brings in.',
      },
    ],
  },
  other: {
    title: 'Sample Getting Started Plan',
    summary: SUMMARY,
    tasks: [
      {
        title: 'Tell us about your business',
        description: 'Add what you do and who you serve so Dyocense can tailor its suggestions.',
      },
      {
        title: 'Invite a teammate',
        description: 'Planning goes faster with a second pair of eyes.',
      },
      {
        title: 'Write down your goal for this month',
        description: 'One clear goal is enough to build your first real plan around.',
      },
    ],
  },
};

/** The getting-started plan a new tenant receives, chosen by the intent given at sign-up. */
export function samplePlanFor(intent: Intent): SamplePlan {
  return samplePlans[intent];
}
