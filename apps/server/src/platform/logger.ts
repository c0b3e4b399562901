import pino, { type Logger } from 'pino';

/** Paths that must never reach a log line: credentials, cookies, tokens. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.idNumber',
];

/** The process logger: JSON lines, with secrets and personal data redacted. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: '[已隐藏]' }, base: { service: 'jiandu' } },
    destination,
  );
}
