export { startSmtpServer, unusedPort, type TestSmtpServer } from './smtp-server';
export { eventNamesOf, eventsOf, hashTestEmail } from './auth-events';
export { routerWithExtraProcedure } from './router-with-extra-procedure';
export { createSoftAuthenticator, type SoftAuthenticator } from './soft-authenticator';
