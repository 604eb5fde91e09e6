import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface SmtpSinkOptions {
  /** Where each message is kept as an .eml file (with a .json summary beside it), e.g. data/mail. */
  dir: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  onLog?: (line: string) => void;
}

/** A received message, as GET /dev/mail lists it. */
export interface ReceivedMail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  /** The Date header, as ISO when it parses. */
  date: string | null;
  messageId: string | null;
  receivedAt: string;
  /** The .eml file's name inside the sink folder. */
  file: string;
}

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/**
 * An SMTP server that delivers nowhere: `npm start` on embedded defaults sends notification
 * e-mails here instead of to people, and tests read what arrived. Every message is written to
 * disk before the server answers "250", so "accepted" always means "stored"; nothing is
 * deduplicated, so a message sent twice shows twice. Listens on 127.0.0.1 only, no TLS, any login.
 */
export class SmtpSink {
  private readonly received: ReceivedMail[] = [];
  private sequence = 0;
  private readonly server: SMTPServer;
  private listeningPort = 0;

  private constructor(
    readonly host: string,
    readonly dir: string,
    onLog: ((line: string) => void) | undefined,
  ) {
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      size: MAX_MESSAGE_BYTES,
      logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'sink' }),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', (error: Error) => callback(error));
        stream.on('end', () => {
          if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
          try {
            const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) };
            const mail = this.store(Buffer.concat(chunks), envelope);
            callback(null, `Stored as ${mail.id}`);
          } catch (error) {
            callback(error as Error);
          }
        });
      },
    });
    this.server.on('error', (error: Error) => onLog?.(`[smtp-sink] ${error.message}`));
  }

  static async start(options: SmtpSinkOptions): Promise<SmtpSink> {
    const dir = path.resolve(options.dir);
    fs.mkdirSync(dir, { recursive: true });
    const sink = new SmtpSink(options.host ?? '127.0.0.1', dir, options.onLog);
    sink.listeningPort = await new Promise<number>((resolve, reject) => {
      const listener = sink.server.listen(options.port, sink.host, () => resolve((listener.address() as net.AddressInfo).port));
      listener.once('error', reject);
    });
    return sink;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** The URL to give nodemailer (SMTP_URL). */
  get url(): string {
    return `smtp://${this.host}:${this.port}`;
  }

  /** Everything received since start, oldest first. */
  get messages(): readonly ReceivedMail[] {
    return this.received;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private store(raw: Buffer, envelope: { from: string; to: string[] }): ReceivedMail {
    const receivedAt = new Date();
    this.sequence += 1;
    const id = `${receivedAt.toISOString().replace(/[-:.]/g, '')}-${String(this.sequence).padStart(4, '0')}-${randomBytes(3).toString('hex')}`;
    const headers = parseHeaders(raw);
    const date = headers.get('date');
    const mail: ReceivedMail = {
      id,
      from: headers.has('from') ? decodeHeader(headers.get('from') as string) : envelope.from,
      to: envelope.to,
      subject: decodeHeader(headers.get('subject') ?? ''),
      date: date && !Number.isNaN(Date.parse(date)) ? new Date(date).toISOString() : (date ?? null),
      messageId: headers.get('message-id')?.trim() ?? null,
      receivedAt: receivedAt.toISOString(),
      file: `${id}.eml`,
    };
    fs.writeFileSync(path.join(this.dir, mail.file), raw);
    // The summary last, through a rename: a reader never sees half of it.
    const summary = path.join(this.dir, `${id}.json`);
    fs.writeFileSync(`${summary}.tmp`, JSON.stringify(mail, null, 2));
    fs.renameSync(`${summary}.tmp`, summary);
    this.received.push(mail);
    return mail;
  }
}

/** The messages an SmtpSink stored in `dir` (possibly another process's), newest first. */
export async function readSinkMailbox(dir: string): Promise<ReceivedMail[]> {
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const mails: ReceivedMail[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      mails.push(JSON.parse(await fs.promises.readFile(path.join(dir, name), 'utf8')) as ReceivedMail);
    } catch {
      // Not one of ours, or removed meanwhile: skip it.
    }
  }
  return mails.sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : b.id.localeCompare(a.id)));
}

/** Header fields of a raw message (first occurrence of each name, lower-cased, unfolded). */
function parseHeaders(raw: Buffer): Map<string, string> {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // Header bytes are UTF-8 when not encoded-words (SMTPUTF8): read them back as such.
    if (!headers.has(name)) headers.set(name, Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8'));
  }
  return headers;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/** RFC 2047 encoded words to text; adjacent words are joined before decoding, so a character split between them survives. */
export function decodeHeader(value: string): string {
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Buffer[] } | undefined;
  const flush = (): void => {
    if (!pending) return;
    const bytes = Buffer.concat(pending.bytes);
    try {
      out += new TextDecoder(pending.charset).decode(bytes);
    } catch {
      out += bytes.toString('utf8');
    }
    pending = undefined;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, match.index);
    const charset = (match[1] as string).split('*')[0].toLowerCase();
    // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
    if (!pending || between.trim() !== '') {
      flush();
      out += between;
    }
    if (pending && pending.charset !== charset) flush();
    pending ??= { charset, bytes: [] };
    const payload = match[3] as string;
    pending.bytes.push(
      (match[2] as string).toUpperCase() === 'B'
        ? Buffer.from(payload, 'base64')
        : Buffer.from(payload.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1'),
    );
    last = (match.index as number) + match[0].length;
  }
  flush();
  return out + value.slice(last);
}
