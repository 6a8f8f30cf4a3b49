export { startSmtpServer, unusedPort, type TestSmtpServer } from './smtp-server';
