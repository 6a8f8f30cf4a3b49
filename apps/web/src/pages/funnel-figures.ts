import type { RouterOutputs } from '@dyocense/client';

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

/** The steps of the funnel, in order, with their counts. */
export function funnelSteps(figures: FunnelFigures): { label: string; value: number }[] {
  return [
    { label: 'Signed up', value: figures.signups },
    { label: 'Email delivered', value: figures.delivered },
    { label: 'Verified', value: figures.verified },
  ];
}
