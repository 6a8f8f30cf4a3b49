import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let sink: Promise<number> | undefined;

/**
 * An SMTP server on a loopback port that accepts and discards every message: production mode
 * needs one, and sending is part of the service's work under load. Started once per run.
 */
export function smtpSinkPort(): Promise<number> {
  sink ??= new Promise((resolve) => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        stream.on('end', () => callback());
        stream.resume();
      },
    });
    server.listen(0, '127.0.0.1', () => {
      server.server.unref();
      resolve((server.server.address() as AddressInfo).port);
    });
  });
  return sink;
}
