import type { Api, Flow } from './flows';

/** What one measured window gives: throughput, latency (ms), errors and the server's usage. */
interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuPercent: number;
  peakRssMb: number;
}

export interface Measurement extends Figures {
  dialect: string;
  round: number;
  target: 'floor' | 'project';
  api: Api;
  flow: Flow;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Project ÷ floor within each round, so both saw the same machine at the same time. */
export function roundRatios(measurements: Measurement[], row: Measurement): number[] {
  const ratios: number[] = [];
  for (const project of measurements) {
    if (project.dialect !== row.dialect || project.flow !== row.flow || project.api !== row.api)
      continue;
    const floor = measurements.find(
      (m) =>
        m.target === 'floor' &&
        m.dialect === project.dialect &&
        m.flow === project.flow &&
        m.round === project.round,
    );
    if (floor && floor.rps > 0) ratios.push(project.rps / floor.rps);
  }
  return ratios;
}

/** The least each flow should reach against the floor, through the typed client (#17). */
const TARGETS: Partial<Record<Flow, number>> = { read: 0.8, verify: 0.9, signup: 0.7 };

/** "read ≥ 0.80, verify ≥ 0.90, signup ≥ 0.70", for the report's legend. */
export const targetsText = Object.entries(TARGETS)
  .map(([flow, target]) => `${flow} ≥ ${target.toFixed(2)}`)
  .join(', ');

export interface Summary extends Figures {
  dialect: string;
  flow: Flow;
  api: Api;
  ratio?: number;
  ratioRange?: [number, number];
  target?: number;
}

/** One row per dialect, flow and path: medians over rounds, errors summed. */
export function summarize(measurements: Measurement[]): Summary[] {
  const keys = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const key = `${m.dialect}|${m.flow}|${m.api}`;
    keys.set(key, [...(keys.get(key) ?? []), m]);
  }
  return [...keys.values()].map((group) => {
    const first = group[0] as Measurement;
    const ratios = first.target === 'project' ? roundRatios(measurements, first) : [];
    return {
      dialect: first.dialect,
      flow: first.flow,
      api: first.api,
      rps: median(group.map((m) => m.rps)),
      p50: median(group.map((m) => m.p50)),
      p99: median(group.map((m) => m.p99)),
      errors: group.reduce((sum, m) => sum + m.errors, 0),
      cpuPercent: median(group.map((m) => m.cpuPercent)),
      peakRssMb: Math.max(...group.map((m) => m.peakRssMb)),
      ...(ratios.length > 0 && {
        ratio: median(ratios),
        ratioRange: [Math.min(...ratios), Math.max(...ratios)] as [number, number],
        target: TARGETS[first.flow],
      }),
    };
  });
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);

/** Server CPU time per request, in ms: what one unit of the flow costs the server. */
export const cpuMsPerRequest = (row: Figures): number =>
  row.rps > 0 ? (row.cpuPercent * 10) / row.rps : 0;

function ratioCell(row: Summary): string {
  if (row.ratio === undefined || !row.ratioRange) return '';
  const [low, high] = row.ratioRange;
  const verdict = row.target === undefined ? '' : row.ratio >= row.target ? ' ✓' : ' ✗';
  return `${fixed(row.ratio, 2)} (${fixed(low, 2)}–${fixed(high, 2)})${verdict}`;
}

export function markdownTable(rows: Summary[]): string {
  const lines = [
    '| dialect | flow | path | req/s | p50 ms | p99 ms | errors | server CPU % | CPU ms/req | server RSS MB | ÷ floor (range) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.dialect} | ${row.flow} | ${row.api} | ${fixed(row.rps)} | ${fixed(row.p50, 1)} | ${fixed(row.p99, 1)} | ${row.errors} | ${fixed(row.cpuPercent)} | ${fixed(cpuMsPerRequest(row), 2)} | ${fixed(row.peakRssMb)} | ${ratioCell(row)} |`,
    );
  }
  return lines.join('\n');
}
