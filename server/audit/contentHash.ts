import { createHash } from 'node:crypto';

/**
 * What an audit entry keeps of a text (a suggestion, a reason, a title): its SHA-256, so the record
 * proves which words were meant without showing them to everyone who reads the log (finding M5).
 */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
