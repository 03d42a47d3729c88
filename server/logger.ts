import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; tests and operators read the `listening` line to find the port. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'accord' },
    redact: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
  });
}
