import { createApiClient } from '@dyocense/client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { FunnelReport } from './admin-page-report';
import { defaultRange, rangeOfDays, rangeProblem, type Funnel } from './funnel-figures';

/** A wrong key, no key on the server, a rate limit or a server away, each in its own words. */
function failureMessage(error: unknown): string {
  const failure = describeFailure(error);
  // The range is the only field: the server's words for it ("at most 400 days") are plain.
  if (failure.kind === 'fields') return Object.values(failure.fields)[0] ?? failure.message;
  return failure.message;
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
  const [problem, setProblem] = useState<string>();
  const funnel = useMutation({ mutationFn: loadFunnel });

  function submit(event: FormEvent) {
    event.preventDefault();
    const wrongRange = rangeProblem(range.from, range.to);
    setProblem(wrongRange);
    if (wrongRange) funnel.reset();
    else funnel.mutate({ key, ...range });
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
      {problem && <ErrorBanner>{problem}</ErrorBanner>}
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
