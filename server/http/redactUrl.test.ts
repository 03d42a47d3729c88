import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl.ts';

describe('redactUrl', () => {
  it('replaces tokens after /invitations/, /password-resets/ and /setup, and in ?token=', () => {
    expect(redactUrl('/api/invitations/abcDEF_123-xyz/accept')).toBe('/api/invitations/:token/accept');
    expect(redactUrl('/api/password-resets/abcDEF_123-xyz')).toBe('/api/password-resets/:token');
    expect(redactUrl('/setup/abc')).toBe('/setup/:token');
    expect(redactUrl('/setup?token=abc&next=/x')).toBe('/setup?token=:token&next=/x');
    expect(redactUrl('/api/x?a=1&TOKEN=secret')).toBe('/api/x?a=1&TOKEN=:token');
  });

  it('leaves other paths alone', () => {
    expect(redactUrl('/api/statements/123/versions')).toBe('/api/statements/123/versions');
    expect(redactUrl('/api/invitations')).toBe('/api/invitations');
  });
});

describe('redactUrl and mail links', () => {
  it('hides signed unsubscribe tokens and reset-page tokens', () => {
    expect(redactUrl('/mail/unsubscribe/user-id.signature')).toBe('/mail/unsubscribe/:token');
    expect(redactUrl('/reset-password/abcdefghijklmnopqrstuvwxyz')).toBe('/reset-password/:token');
  });

  it('hides calendar feed addresses', () => {
    expect(redactUrl('/calendar/feed-id.signature.ics')).toBe('/calendar/:token');
  });
});
