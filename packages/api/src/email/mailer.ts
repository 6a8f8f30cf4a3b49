import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends one email; rejects with an `EmailDeliveryError` that says whether to retry. */
export interface Mailer {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export class EmailDeliveryError extends Error {
  override readonly name = 'EmailDeliveryError';

  constructor(
    message: string,
    /** A 5xx reply: the server refused this message for good. */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** SMTP 5xx replies are final; connection failures, timeouts and 4xx replies are worth a retry. */
export function toDeliveryError(error: unknown): EmailDeliveryError {
  const { responseCode, code, message } = (error ?? {}) as {
    responseCode?: number;
    code?: string;
    message?: string;
  };
  const permanent = typeof responseCode === 'number' && responseCode >= 500;
  const detail = [code, responseCode, message].filter(Boolean).join(' ');
  return new EmailDeliveryError(detail || 'unknown delivery error', permanent);
}

export interface SmtpOptions {
  host: string;
  port: number;
  user?: string;
  password?: string;
  from: string;
  /** Implicit TLS from the first byte (port 465). @default false */
  secure?: boolean;
  /** Refuse to send unless the server upgrades with STARTTLS. @default false */
  requireTls?: boolean;
  /** How long to wait for the server at each step, in ms. @default 10000 */
  timeoutMs?: number;
}

/** Delivery over SMTP with nodemailer: pooled connections, TLS as configured. */
export function createSmtpMailer(options: SmtpOptions): Mailer {
  const timeout = options.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure ?? false,
    requireTLS: options.requireTls ?? false,
    pool: true,
    maxConnections: 3,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    ...(options.user ? { auth: { user: options.user, pass: options.password ?? '' } } : {}),
  });
  return {
    async send(email) {
      try {
        await transport.sendMail({ from: options.from, ...email });
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    close: () => transport.close(),
  };
}

/** Development without SMTP: the email is written to the log instead of sent. */
export function createLogMailer(log: (message: string) => void): Mailer {
  return {
    async send(email) {
      log(`Email to ${email.to}: ${email.subject}\n${email.text}`);
    },
    close() {},
  };
}
