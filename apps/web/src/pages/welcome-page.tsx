import { Link, Navigate } from 'react-router';
import { Screen } from '../components/screen';
import { useSession } from '../session/session-context';

/** `/`: a newcomer chooses between creating an account and signing in; a session goes home. */
export function WelcomePage() {
  const { session } = useSession();
  if (session) return <Navigate to="/home" replace />;
  return (
    <Screen title="Welcome to Dyocense">
      <p className="lead">
        Plan your business’s next steps. Create an account in a minute: no password, just your
        email.
      </p>
      <div className="actions">
        <Link to="/signup" className="button-primary">
          Create an account
        </Link>
        <Link to="/signin" className="button-secondary">
          Sign in
        </Link>
      </div>
    </Screen>
  );
}
