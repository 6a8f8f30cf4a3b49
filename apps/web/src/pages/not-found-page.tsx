import { Link } from 'react-router';
import { Screen } from '../components/screen';

export function NotFoundPage() {
  return (
    <Screen title="Page not found">
      <p>There is nothing at this address. Check the link, or go back to your plans.</p>
      <div className="actions">
        <Link to="/home" className="button-primary">
          Go to your plans
        </Link>
      </div>
    </Screen>
  );
}
