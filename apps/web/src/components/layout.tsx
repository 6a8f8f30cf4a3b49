import { Link, Outlet } from 'react-router';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/home" className="brand">
          Dyocense
        </Link>
      </header>
      <main id="main" className="page">
        <Outlet />
      </main>
    </>
  );
}
