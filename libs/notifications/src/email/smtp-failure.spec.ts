import { classifySmtpFailure } from './smtp-failure';

const error = (fields: Record<string, unknown>): Error => Object.assign(new Error('boom'), fields);

describe('classifySmtpFailure', () => {
  it('takes a 4xx reply, even to the final dot, as a refusal worth retrying', () => {
    expect(classifySmtpFailure(error({ code: 'EMESSAGE', command: 'DATA', responseCode: 451, permanent: false }))).toMatchObject({ kind: 'refused', permanent: false });
    expect(classifySmtpFailure(error({ code: 'ECONNECTION', command: 'CONN', responseCode: 421 }))).toMatchObject({ kind: 'refused', permanent: false });
  });

  it('takes a 5xx reply as a permanent refusal, except 503', () => {
    expect(classifySmtpFailure(error({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 }))).toMatchObject({ kind: 'refused', permanent: true });
    expect(classifySmtpFailure(error({ code: 'EMESSAGE', command: 'DATA', responseCode: 503 }))).toMatchObject({ kind: 'refused', permanent: false });
  });

  it('keeps retrying a sender set-up problem, whatever the reply', () => {
    expect(classifySmtpFailure(error({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535 }))).toMatchObject({ kind: 'refused', permanent: false });
    expect(classifySmtpFailure(error({ code: 'EDNS', command: 'CONN' }))).toMatchObject({ kind: 'refused', permanent: false });
  });

  it('knows a connection that never opened sent nothing', () => {
    expect(classifySmtpFailure(error({ code: 'ESOCKET', command: 'CONN', originalCode: 'ECONNREFUSED' }))).toMatchObject({ kind: 'refused', permanent: false });
    expect(classifySmtpFailure(error({ code: 'ETIMEDOUT', command: 'CONN', timeoutType: 'GREETING_TIMEOUT' }))).toMatchObject({ kind: 'refused', permanent: false });
  });

  it('takes nodemailer refusing the envelope itself as permanent', () => {
    expect(classifySmtpFailure(error({ code: 'EENVELOPE', command: 'API' }))).toMatchObject({ kind: 'refused', permanent: true });
  });

  it('calls a connection lost without an answer ambiguous: the server may have taken the message', () => {
    expect(classifySmtpFailure(error({ code: 'ECONNECTION', command: 'CONN' })).kind).toBe('ambiguous');
    expect(classifySmtpFailure(error({ code: 'ETIMEDOUT', command: 'CONN', timeoutType: 'SOCKET_TIMEOUT' })).kind).toBe('ambiguous');
    expect(classifySmtpFailure(error({ code: 'ESOCKET', originalCode: 'ECONNRESET' })).kind).toBe('ambiguous');
    expect(classifySmtpFailure('something odd').kind).toBe('ambiguous');
  });
});
