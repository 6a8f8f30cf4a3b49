import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format';

export type Scrape = MetricFamily[] & { text: string };

/** Reads /metrics and parses it as Prometheus would (a failure to parse throws). */
export async function scrapeMetrics(url: string, token?: string): Promise<Scrape> {
  const response = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  const text = await response.text();
  return Object.assign(parsePrometheusTextFormat(text), { text });
}

/**
 * A labelled histogram's observation count, read from its `_count` line: the parser merges the
 * series of a histogram that has labels into one, so this one figure is taken from the text.
 */
export function histogramCount(scrape: Scrape, name: string, labels: string): number {
  const line = scrape.text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}_count{${labels}}`));
  return Number(line?.split(' ').at(-1) ?? 0);
}

/** The value of one series (0 when it does not exist yet): `labels` must all match. */
export function sampleOf(
  families: MetricFamily[],
  name: string,
  labels: Record<string, string> = {},
): number {
  const family = families.find((candidate) => candidate.name === name);
  const sample = family?.metrics.find((metric) =>
    Object.entries(labels).every(([label, value]) => metric.labels?.[label] === value),
  );
  return Number(sample?.value ?? sample?.count ?? 0);
}

/** Every label set of one family, as sorted `k=v,…` strings, to compare two servers' series. */
export function seriesOf(families: MetricFamily[], name: string): string[] {
  const family = families.find((candidate) => candidate.name === name);
  return (family?.metrics ?? [])
    .map((metric) =>
      Object.entries(metric.labels ?? {})
        .map(([label, value]) => `${label}=${value}`)
        .sort()
        .join(','),
    )
    .sort();
}
