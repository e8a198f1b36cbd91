/**
 * The header fields of one-click unsubscribe (RFC 2369 `List-Unsubscribe`, RFC 8058
 * `List-Unsubscribe-Post`): a mail client POSTs `List-Unsubscribe=One-Click` to the HTTPS link,
 * and the follow (with its address) is deleted, no login.
 *
 * @example await mail.send({ to, subject, text, headers: listUnsubscribeHeaders(url) });
 */
export function listUnsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
