import type { RouterOutputs } from '@dyocense/client';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { SignedInOnly } from '../components/signed-in-only';
import type { Session } from '../session/session-store';
import { useSignOut } from '../session/use-sign-out';
import { useTRPC } from '../trpc';
import { HomeWelcome } from './home-page-welcome';

type Plan = RouterOutputs['tenants']['plans']['items'][number];

export function HomePage() {
  return <SignedInOnly>{(session) => <Home session={session} />}</SignedInOnly>;
}

function Home({ session }: { session: Session }) {
  const trpc = useTRPC();
  const signOut = useSignOut();
  const me = useQuery(trpc.auth.me.queryOptions());
  const projects = useQuery(trpc.tenants.projects.queryOptions());
  const plans = useQuery(trpc.tenants.plans.queryOptions({ tenant_id: 'me' }));
  const workspace = projects.data?.items.find((project) => project.id === session.workspace_id);
  const failed = [me, projects, plans].find((query) => query.isError);
  const plansTitle = useRef<HTMLHeadingElement>(null);

  // No placeholder name: the heading waits for the business's own, in a line of its height.
  if (me.isPending) {
    return (
      <p role="status" className="home-pending">
        Loading your business…
      </p>
    );
  }
  return (
    <Screen title={me.data?.tenant.name ?? 'Your business'}>
      <div className="home-bar">
        <p className="muted">
          Signed in as {session.user.name} ({session.user.email})
          {workspace && (
            <>
              {' · '}Workspace: <strong>{workspace.name}</strong>
            </>
          )}
        </p>
        <div className="actions">
          <Link to="/settings">Sessions</Link>
          <BusyButton
            className="button-secondary"
            busy={signOut.isPending}
            busyLabel="Signing out…"
            onClick={() => signOut.mutate()}
          >
            Sign out
          </BusyButton>
        </div>
      </div>
      {failed?.error && <ErrorBanner>{describeFailure(failed.error).message}</ErrorBanner>}
      <HomeWelcome session={session} onDismiss={() => plansTitle.current?.focus()} />
      <h2 ref={plansTitle} tabIndex={-1}>
        Your plans
      </h2>
      {plans.isPending && <p role="status">Loading your plans…</p>}
      {plans.data?.items.length === 0 && <p>You have no plans yet.</p>}
      {plans.data?.items.map((plan) => (
        <PlanCard key={plan.id} plan={plan} />
      ))}
    </Screen>
  );
}

function PlanCard({ plan }: { plan: Plan }) {
  return (
    <article className="card" aria-labelledby={`plan-${plan.id}`}>
      <h3 id={`plan-${plan.id}`}>{plan.title}</h3>
      <p>{plan.summary}</p>
      <ol className="tasks">
        {plan.tasks.map((task) => (
          <li key={task.id} className={task.done ? 'task task-done' : 'task'}>
            <span className="task-title">{task.title}</span>
            {task.done && <span className="task-status"> (done)</span>}
            <p className="task-description">{task.description}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
