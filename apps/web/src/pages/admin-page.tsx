import { createApiClient } from '@dyocense/client';
import { useMutation } from '@tanstack/react-query';
import { isTRPCClientError } from '@trpc/client';
import { useState, type FormEvent } from 'react';
import { MESSAGES } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { FunnelChart, IntentChart } from './funnel-charts';
import {
  defaultRange,
  formatDuration,
  formatRate,
  rangeOfDays,
  type Funnel,
  type FunnelFigures,
} from './funnel-figures';

/** The server's own words for a refused key or range; they say what to do. */
function failureMessage(error: unknown): string {
  return isTRPCClientError(error) && error.data ? error.message : MESSAGES.unreachable;
}

function loadFunnel(request: { key: string; from: string; to: string }): Promise<Funnel> {
  // A client of its own: the operator key is not a session and must not reach other calls.
  const client = createApiClient({ url: '/trpc', token: request.key });
  return client.analytics.funnel.query({ ...rangeOfDays(request.from, request.to), by: 'intent' });
}

/** For operators: the sign-up funnel of a range of days, whole and by intent. */
export function AdminPage() {
  const [key, setKey] = useState('');
  const [range, setRange] = useState(() => defaultRange(new Date()));
  const funnel = useMutation({ mutationFn: loadFunnel });

  function submit(event: FormEvent) {
    event.preventDefault();
    funnel.mutate({ key, ...range });
  }

  return (
    <Screen title="Sign-up funnel">
      <p className="lead">Sign-ups started in a range of days (UTC), followed to their end.</p>
      <form className="stack admin-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="admin-key">Operator key</label>
          <input
            id="admin-key"
            type="password"
            autoComplete="off"
            required
            value={key}
            onChange={(event) => setKey(event.target.value)}
          />
        </div>
        <div className="admin-range">
          <DayField
            label="From"
            value={range.from}
            onChange={(from) => setRange({ ...range, from })}
          />
          <DayField label="To" value={range.to} onChange={(to) => setRange({ ...range, to })} />
        </div>
        <div className="actions">
          <BusyButton
            type="submit"
            className="button-primary"
            busy={funnel.isPending}
            busyLabel="Loading…"
          >
            Show the funnel
          </BusyButton>
        </div>
      </form>
      {funnel.isError && <ErrorBanner>{failureMessage(funnel.error)}</ErrorBanner>}
      {funnel.data && <FunnelReport funnel={funnel.data} />}
    </Screen>
  );
}

function DayField(props: { label: string; value: string; onChange: (day: string) => void }) {
  const id = `admin-${props.label.toLowerCase()}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="date"
        required
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

function FunnelReport({ funnel }: { funnel: Funnel }) {
  return (
    <>
      <Figures figures={funnel.totals} />
      <h2>Funnel</h2>
      <FunnelChart funnel={funnel} />
      <h2>By intent</h2>
      <IntentChart funnel={funnel} />
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Intent</th>
            <th scope="col">Signed up</th>
            <th scope="col">Delivered</th>
            <th scope="col">Verified</th>
            <th scope="col">Conversion</th>
            <th scope="col">Median time</th>
          </tr>
        </thead>
        <tbody>
          {funnel.groups.map((group) => (
            <tr key={group.group}>
              <th scope="row">{group.group}</th>
              <td>{group.signups}</td>
              <td>{group.delivered}</td>
              <td>{group.verified}</td>
              <td>{formatRate(group.conversion_rate)}</td>
              <td>{formatDuration(group.median_verify_seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Figures({ figures }: { figures: FunnelFigures }) {
  const items: [string, string | number][] = [
    ['Signed up', figures.signups],
    ['Verified', figures.verified],
    ['Conversion', formatRate(figures.conversion_rate)],
    ['Median time to verify', formatDuration(figures.median_verify_seconds)],
    ['90th percentile', formatDuration(figures.p90_verify_seconds)],
    ['Expired unused', figures.expired_unused],
    ['Resends', figures.resends],
    ['Failed deliveries', figures.failed_deliveries],
    ['Scanner hits', figures.scanner_hits],
  ];
  return (
    <dl className="admin-figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
