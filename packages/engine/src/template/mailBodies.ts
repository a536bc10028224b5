import { escapeHtml } from './escapeHtml.ts';

/** A known HTML tag, so that 'use code <SAVE10>' still reads as plain text. */
const HTML_TAG = /<\/?(a|b|i|u|p|br|hr|div|span|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|img|strong|em|small|html|body|head|style|blockquote|center|font|section|header|footer|!doctype)\b[^>]*>/i;

/** Whether a message template is written as HTML (else it is plain text). Decided on the template, never on rendered text. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

/**
 * The HTML part and the plain-text alternative of an email. `html` says whether the
 * template was HTML (the `html` of the send_message effect): a plain-text body is
 * escaped with its line breaks kept, so a customer's name holding markup stays text;
 * an HTML body gets a text part with the tags stripped.
 */
export function mailBodies(body: string, html: boolean): { html: string; text: string } {
  if (!html) return { html: escapeHtml(body).replace(/\r?\n/g, '<br>\n'), text: body };
  return { html: body, text: htmlToText(body) };
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<a\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi, (_match, href: string, label: string) => {
        const text = label.replace(/<[^>]*>/g, '').trim();
        return text === '' || text === href ? href : `${text} (${href})`;
      })
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(p|div|h[1-6]|li|tr|table|ul|ol|blockquote)\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}
