import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  port: number;
  /** Every message accepted, parsed, in arrival order. */
  received: ParsedMail[];
  /** Resolves once `count` messages have arrived. */
  waitFor(count: number): Promise<ParsedMail[]>;
  stop(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Refuse this many connections with a 421 (a transient failure) before accepting. */
  refuseFirst?: number;
  /** Recipients refused with a 550 (a permanent failure). */
  rejectRecipients?: string[];
  /** Listen on this port (to bring a server back where one was down). */
  port?: number;
  /** Called when a message is about to be accepted; delay it to keep sends in flight. */
  beforeAccept?: () => Promise<void>;
}

/** A real SMTP server on a loopback port, for tests. */
export async function startSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  const waiters: { count: number; resolve: (mail: ParsedMail[]) => void }[] = [];
  let refusalsLeft = options.refuseFirst ?? 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      if (refusalsLeft > 0) {
        refusalsLeft -= 1;
        return callback(Object.assign(new Error('Try again later'), { responseCode: 421 }));
      }
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipients?.includes(address.address)) {
        return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await options.beforeAccept?.();
          received.push(mail);
          for (const waiter of waiters.filter((w) => received.length >= w.count)) {
            waiter.resolve(received.slice());
          }
          callback();
        })
        .catch(callback);
    },
  });

  // A sender killed mid-message resets its connection; that is a test's doing, not a failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    waitFor(count) {
      if (received.length >= count) return Promise.resolve(received.slice());
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening on it: connecting is refused. */
export async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
