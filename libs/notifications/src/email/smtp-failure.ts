/**
 * What a failed SMTP send tells us about the message:
 * - refused: the server never took it (it answered 4xx/5xx, or we never got to DATA) — safe to try again;
 * - ambiguous: the connection broke or timed out with no answer; the server may have accepted it.
 */
export type SmtpFailure = { kind: 'refused'; permanent: boolean; reason: string } | { kind: 'ambiguous'; reason: string };

interface SmtpErrorShape {
  message?: string;
  code?: string;
  command?: string;
  responseCode?: number;
  permanent?: boolean;
  originalCode?: string;
  timeoutType?: string;
}

/** Failures before any message text was sent that a later attempt may get past (configuration, DNS, TLS). */
const BEFORE_DATA_TRANSIENT = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ECONFIG', 'EDNS', 'ETLS', 'EREQUIRETLS', 'EPROXY']);
/** Failures before any message text was sent that the same message will always hit. */
const BEFORE_DATA_PERMANENT = new Set(['EENVELOPE', 'EMAXRECIPIENTS']);
/** Socket errors that only happen while connecting. */
const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const CONNECT_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

export function classifySmtpFailure(error: unknown): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as SmtpErrorShape;
  const reason = [e.code, e.command, e.responseCode, e.message].filter((part) => part !== undefined && part !== '').join(' ');
  // The sender's set-up is at fault, not the message: worth retrying once an operator fixed it, whatever the reply code.
  if (e.code !== undefined && BEFORE_DATA_TRANSIENT.has(e.code)) return { kind: 'refused', permanent: false, reason };
  // An SMTP reply of 4xx/5xx, even to the final dot, means the server did not take the message.
  if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
    return { kind: 'refused', permanent: e.permanent ?? (e.responseCode >= 500 && e.responseCode !== 503), reason };
  }
  // Rejected by nodemailer itself before talking to the server (bad address, empty message).
  if (e.command === 'API') return { kind: 'refused', permanent: e.code !== 'ECONNECTION', reason };
  if (e.code !== undefined && BEFORE_DATA_PERMANENT.has(e.code)) return { kind: 'refused', permanent: true, reason };
  if ((e.originalCode !== undefined && CONNECT_ERRORS.has(e.originalCode)) || (e.code !== undefined && CONNECT_ERRORS.has(e.code))) {
    return { kind: 'refused', permanent: false, reason };
  }
  if (e.timeoutType !== undefined && CONNECT_TIMEOUTS.has(e.timeoutType)) return { kind: 'refused', permanent: false, reason };
  return { kind: 'ambiguous', reason };
}
