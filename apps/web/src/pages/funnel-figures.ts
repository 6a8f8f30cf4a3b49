import type { RouterOutputs } from '@dyocense/client';
import { INTENT_LABELS } from './intent-labels';

export type Funnel = RouterOutputs['analytics']['funnel'];
export type FunnelFigures = Funnel['totals'];

const DAY_MS = 86_400_000;

/** `yyyy-mm-dd` of a date, in UTC (the funnel's days are UTC days). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last 30 days up to and including today, as date-input values. */
export function defaultRange(now: Date): { from: string; to: string } {
  return { from: isoDay(new Date(now.getTime() - 29 * DAY_MS)), to: isoDay(now) };
}

/** Date-input days to the API's half-open range: from the first day's start to after the last. */
export function rangeOfDays(from: string, to: string): { from: string; to: string } {
  const end = new Date(`${to}T00:00:00.000Z`).getTime() + DAY_MS;
  return { from: `${from}T00:00:00.000Z`, to: new Date(end).toISOString() };
}

export function formatRate(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** "45 s", "12 min", "3.5 h", or "—" when nobody verified. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 360) / 10} h`;
}

/** The funnel's steps, as a person would say them. */
export const STEP_LABELS = ['Started sign-up', 'Got the email', 'Created an account'] as const;

export interface FunnelStep {
  label: (typeof STEP_LABELS)[number];
  value: number;
}

/** The steps of the funnel, in order, with their counts. */
export function funnelSteps(figures: FunnelFigures): FunnelStep[] {
  const values = [figures.signups, figures.delivered, figures.verified];
  return STEP_LABELS.map((label, index) => ({ label, value: values[index] ?? 0 }));
}

/** Of those who reached `from`, the share who did not reach `to`; null when nobody reached it. */
export interface DropOff {
  from: FunnelStep['label'];
  to: FunnelStep['label'];
  rate: number | null;
}

export function dropOffs(figures: FunnelFigures): DropOff[] {
  const steps = funnelSteps(figures);
  return steps.slice(1).map((step, index) => {
    const before = steps[index] ?? step;
    const rate = before.value === 0 ? null : (before.value - step.value) / before.value;
    return { from: before.label, to: step.label, rate };
  });
}

/** The server groups sign-ups that named no intent under "(none)". */
const NO_INTENT = '(none)';

/** An intent as the sign-up form words it; a retired intent keeps its stored name. */
export function intentLabel(group: string): string {
  if (group === NO_INTENT) return 'Not given';
  return Object.hasOwn(INTENT_LABELS, group)
    ? INTENT_LABELS[group as keyof typeof INTENT_LABELS]
    : group;
}

/** A range whose last day comes first, in words; the server checks the rest (its length). */
export function rangeProblem(from: string, to: string): string | undefined {
  return from > to ? 'The first day must be on or before the last day.' : undefined;
}
