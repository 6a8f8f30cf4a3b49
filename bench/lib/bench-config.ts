import type { Dialect } from './bench-database';
import type { Flow } from './flows';

function list<T extends string>(name: string, fallback: T[]): T[] {
  const value = process.env[name]?.trim();
  return value ? (value.split(',').map((item) => item.trim()) as T[]) : fallback;
}

const number = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** The benchmark's knobs; the defaults are what `npm run bench` reports. */
export const benchConfig = {
  dialects: list<Dialect>('BENCH_DIALECTS', ['sqlite', 'postgres']),
  flows: list<Exclude<Flow, 'hello'>>('BENCH_FLOWS', ['signup', 'verify', 'read']),
  rounds: number('BENCH_ROUNDS', 2),
  seconds: number('BENCH_SECONDS', 10),
  warmupSeconds: number('BENCH_WARMUP_SECONDS', 1.5),
  connections: number('BENCH_CONNECTIONS', 10),
};
