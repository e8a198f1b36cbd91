/**
 * Sending email behind one interface. Local mode writes to the dev outbox (an admin route and
 * the demo page's panel read it), extra headers included. Production uses, in this order: an HTTP
 * API (`MAIL_API_URL`, `MAIL_API_KEY`, `MAIL_FROM`: POST `{from, to, subject, text, headers?}` with
 * a bearer key — most transactional mail services accept this shape or sit behind a tiny adapter)
 * or Cloudflare's `send_email` binding `SEND_EMAIL` (with `MAIL_FROM` a verified sender).
 * `headers` carries e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058); the sending
 * domain's DKIM signature must cover them for mail clients to offer one-click unsubscribe.
 *
 * @example await mailSender(c.env, tenantId).send({ to, subject, text });
 */
import type { Env } from '../env.js';
import { addOutboxMessage } from '../db/dev-outbox.js';
import { ProblemError } from '../lib/problem-error.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Extra header fields (name → value), e.g. `List-Unsubscribe`. ASCII values only. */
  headers?: Record<string, string>;
}

export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

export class MailNotConfigured extends Error {
  constructor() {
    super('No mail sender configured: set MAIL_API_URL or bind SEND_EMAIL, with MAIL_FROM');
    this.name = 'MailNotConfigured';
  }
}

function devOutbox(db: D1Database, tenantId: string): MailSender {
  return { send: (m) => addOutboxMessage(db, tenantId, m, new Date().toISOString()) };
}

function httpApi(url: string, key: string | undefined, from: string): MailSender {
  return {
    async send(m) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ from, to: m.to, subject: m.subject, text: m.text, ...(m.headers ? { headers: m.headers } : {}) }),
      });
      if (!response.ok) throw new Error(`mail API answered ${response.status}`);
    },
  };
}

/** RFC 2047 for a UTF-8 subject line. */
function encodeHeader(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}

function sendEmailBinding(binding: SendEmail, from: string): MailSender {
  return {
    async send(m) {
      const { EmailMessage } = await import('cloudflare:email');
      const bytes = new TextEncoder().encode(m.text);
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      const body = btoa(binary).replace(/.{76}/g, '$&\r\n');
      const raw = [
        `From: ${from}`,
        `To: ${m.to}`,
        `Subject: ${encodeHeader(m.subject)}`,
        `Message-ID: <${crypto.randomUUID()}@${from.split('@')[1] ?? 'osallistu'}>`,
        `Date: ${new Date().toUTCString()}`,
        // CR/LF never reach a header line: a value cannot start another header.
        ...Object.entries(m.headers ?? {}).map(([name, value]) => `${name}: ${value.replace(/[\r\n]+/g, ' ')}`),
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        body,
      ].join('\r\n');
      await binding.send(new EmailMessage(from, m.to, raw));
    },
  };
}

export function mailSender(env: Env, tenantId: string): MailSender {
  if (env.MODE === 'local') return devOutbox(env.DB, tenantId);
  if (env.MAIL_API_URL && env.MAIL_FROM) return httpApi(env.MAIL_API_URL, env.MAIL_API_KEY, env.MAIL_FROM);
  if (env.SEND_EMAIL && env.MAIL_FROM) return sendEmailBinding(env.SEND_EMAIL, env.MAIL_FROM);
  throw new MailNotConfigured();
}

/** What a resident waiting on a request is told when mail cannot go out: the form stays as it was. */
export const mailUnavailable = () => new ProblemError(503, 'mail-unavailable');

/**
 * The sender for a request a resident waits on (a follow confirmation, a code): no sender
 * configured is 503 `mail-unavailable`, not a 500. Call it before storing anything, so a
 * misconfigured deployment neither keeps addresses nor spends anyone's rate limit.
 */
export function requestMailSender(env: Env, tenantId: string): MailSender {
  let sender: MailSender;
  try {
    sender = mailSender(env, tenantId);
  } catch (error) {
    console.error('mail not sent', error instanceof Error ? error.message : String(error));
    throw mailUnavailable();
  }
  return {
    async send(message) {
      try {
        await sender.send(message);
      } catch (error) {
        // the mail service failed (down, refused the key): logged for staff, 503 for the resident
        console.error('mail failed', error instanceof Error ? error.message : String(error));
        throw mailUnavailable();
      }
    },
  };
}
