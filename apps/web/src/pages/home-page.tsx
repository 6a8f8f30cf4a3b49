import type { RouterOutputs } from '@dyocense/api';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { describeFailure } from '../api-errors';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { useSession } from '../session/session-context';
import type { Session } from '../session/session-store';
import { useTRPC } from '../trpc';
import type { SignupPageState } from './signup-page';

type Plan = RouterOutputs['tenants']['plans']['items'][number];

const SIGN_UP_FIRST: SignupPageState = {
  notice: 'Sign up, or open the sign-in link from your email, to see your plans.',
};

export function HomePage() {
  const { session, signedOutReason } = useSession();
  if (!session) {
    // The sign-up page explains a sign-out or an expiry itself.
    const state = signedOutReason === 'none' ? SIGN_UP_FIRST : null;
    return <Navigate to="/signup" replace state={state} />;
  }
  return <Home session={session} />;
}

function Home({ session }: { session: Session }) {
  const trpc = useTRPC();
  const { endSession } = useSession();
  const me = useQuery(trpc.auth.me.queryOptions());
  const projects = useQuery(trpc.tenants.projects.queryOptions());
  const plans = useQuery(trpc.tenants.plans.queryOptions({ tenant_id: 'me' }));
  const workspace = projects.data?.items.find((project) => project.id === session.workspace_id);
  const failed = [me, projects, plans].find((query) => query.isError);

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
        <button type="button" className="button-secondary" onClick={() => endSession('signed-out')}>
          Sign out
        </button>
      </div>
      {failed?.error && <ErrorBanner>{describeFailure(failed.error).message}</ErrorBanner>}
      <h2>Your plans</h2>
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
