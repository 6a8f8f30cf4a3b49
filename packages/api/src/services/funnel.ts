import { queryFunnel, type DB, type FunnelGrouping, type FunnelRow } from '@dyocense/db';
import type { z } from 'zod';
import type { funnelFiguresSchema, funnelOutput } from '../analytics-schemas';

type Figures = z.infer<typeof funnelFiguresSchema>;

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);

function figuresOf(row: FunnelRow | undefined): Figures {
  if (!row) return figuresOf({ ...NO_SIGNUPS });
  return {
    signups: row.signups,
    delivered: row.delivered,
    verified: row.verified,
    conversion_rate: row.signups === 0 ? 0 : row.verified / row.signups,
    median_verify_seconds: seconds(row.medianVerifyMs),
    p90_verify_seconds: seconds(row.p90VerifyMs),
    expired_unused: row.expiredUnused,
    resends: row.resends,
    failed_deliveries: row.failedDeliveries,
    scanner_hits: row.scannerHits,
  };
}

const NO_SIGNUPS: FunnelRow = {
  group: null,
  signups: 0,
  delivered: 0,
  verified: 0,
  medianVerifyMs: null,
  p90VerifyMs: null,
  expiredUnused: 0,
  resends: 0,
  failedDeliveries: 0,
  scannerHits: 0,
};

/** The funnel of sign-ups started in [from, to), whole and (with `by`) per group. */
export async function signupFunnel(
  deps: { db: DB; now: () => Date; verificationTokenTtlSeconds: number },
  range: { from: string; to: string; by?: FunnelGrouping | undefined },
): Promise<z.infer<typeof funnelOutput>> {
  const now = deps.now();
  const rows = await queryFunnel(deps.db, {
    from: new Date(range.from),
    to: new Date(range.to),
    by: range.by,
    linksIssuedBefore: new Date(now.getTime() - deps.verificationTokenTtlSeconds * 1000),
  });
  return {
    from: new Date(range.from).toISOString(),
    to: new Date(range.to).toISOString(),
    by: range.by ?? null,
    totals: figuresOf(rows.find((row) => row.group === null)),
    groups: rows
      .filter((row) => row.group !== null)
      .map((row) => ({ group: row.group ?? '', ...figuresOf(row) })),
  };
}
