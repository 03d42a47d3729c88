import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 (port 0) keeping every message it accepts; it can refuse on demand. */
export interface SmtpSink {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** While true, every recipient is refused with a temporary 451 error. */
  refusing: boolean;
  /** Messages refused so far. */
  refusals: number;
  /** Messages with this Message-ID accepted so far. */
  count(messageId: string): number;
  close(): Promise<void>;
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: '',
    port: 0,
    messages: [],
    refusing: false,
    refusals: 0,
    count: (messageId) => sink.messages.filter((message) => message.messageId === messageId).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (sink.refusing) {
        sink.refusals++;
        const error = Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          sink.messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  return sink;
}
