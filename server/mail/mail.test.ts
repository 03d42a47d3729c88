import { describe, expect, it } from 'vitest';
import { parseEnvironment } from '../env.ts';
import { mailIdentity } from './composeMessage.ts';
import { mailMode, retryDelay } from './MailSender.ts';
import { MAIL_KEY } from './OutgoingMail.ts';
import { renderMail } from './renderMail.ts';

const BASE = { DATA_DIR: '/tmp/accord-mail-unit' };

describe('renderMail', () => {
  it('escapes every part, quotes the passage and gives the action as a button and a bare link', () => {
    const { text, html } = renderMail({
      greeting: 'Hello <Ana>,',
      paragraphs: ['A & B said "yes"', 'Second line'],
      quote: 'first <b>line</b>\nsecond line',
      action: { label: 'Open <it>', url: 'https://accord.example/statements/1?a=1&b=2' },
      footer: 'Why you get this',
    });
    expect(html).not.toContain('<Ana>');
    expect(html).toContain('Hello &lt;Ana&gt;,');
    expect(html).toContain('A &amp; B said &quot;yes&quot;');
    expect(html).toMatch(/<blockquote[^>]*>first &lt;b&gt;line&lt;\/b&gt;<br>second line<\/blockquote>/);
    expect(html).toContain('href="https://accord.example/statements/1?a=1&amp;b=2"');
    expect(html).toContain('Open &lt;it&gt;');
    expect(html).not.toContain('<style');
    expect(text).toContain('> first <b>line</b>\n> second line');
    expect(text).toContain('Open <it>:\nhttps://accord.example/statements/1?a=1&b=2');
    expect(text).toContain('-- \nWhy you get this');
  });

  it('refuses links that are not http(s)', () => {
    expect(() => renderMail({ paragraphs: [], action: { label: 'x', url: 'javascript:alert(1)' } })).toThrow(/http/);
  });
});

describe('mail settings', () => {
  it('backs off exponentially from the base, at most an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelay(30_000, attempts))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelay(30_000, 40)).toBe(60 * 60 * 1000);
  });

  it('accepts only smtp:// and smtps:// and never shows the credentials of SMTP_URL', () => {
    expect(() => parseEnvironment({ ...BASE, SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    const env = parseEnvironment({ ...BASE, SMTP_URL: 'smtps://user:secret@mail.example.org' });
    expect(mailMode(env)).toEqual({ kind: 'smtp', server: 'smtps://mail.example.org:465' });
    expect(JSON.stringify(mailMode(env))).not.toContain('secret');
    expect(mailMode(parseEnvironment(BASE))).toEqual({ kind: 'files', directory: '/tmp/accord-mail-unit/outbox' });
  });

  it('sends from MAIL_FROM, or accord@ the host of PUBLIC_URL, whose domain names the Message-IDs', () => {
    expect(mailIdentity(parseEnvironment(BASE))).toEqual({ from: 'Accord <accord@localhost>', domain: 'localhost' });
    expect(mailIdentity(parseEnvironment({ ...BASE, PUBLIC_URL: 'https://accord.example.org/' }))).toEqual({
      from: 'Accord <accord@accord.example.org>',
      domain: 'accord.example.org',
    });
    expect(mailIdentity(parseEnvironment({ ...BASE, MAIL_FROM: 'Coalition <noreply@mail.example.net>' })).domain).toBe('mail.example.net');
  });

  it('allows only Message-ID-safe keys', () => {
    expect(MAIL_KEY.test('invitation-3f1c.2_a')).toBe(true);
    for (const bad of ['', 'a b', 'a@b', 'a>b', 'x'.repeat(201)]) expect(MAIL_KEY.test(bad)).toBe(false);
  });
});
