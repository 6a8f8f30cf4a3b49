import { Link, Outlet } from 'react-router';
import { useFollowTenant } from './follow-tenant';
import { TenantSwitcher } from './tenant-switcher';

export function Layout() {
  useFollowTenant();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Dyocense
        </Link>
        <TenantSwitcher />
      </header>
      <main id="main" className="page">
        <Outlet />
      </main>
    </>
  );
}
