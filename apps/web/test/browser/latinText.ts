import type { Page } from 'playwright-core';

/**
 * Finding English left in the Chinese UI: every visible text, and the words a screen reader
 * or a tooltip gives (`title`, `aria-label`, `placeholder`, `alt`, React Flow's hidden
 * descriptions), minus data (names, ids, emails, numbers, units, brand and technical names).
 * What is left with two Latin letters in a row is UI text that was not translated.
 */

/** Words that are the same in Chinese UI text: brands, acronyms, units and formats. */
const ALLOWED =
  /\b(Stayflow|React Flow|EN|vs|App|CRM|NPS|CLV|API|IDs?|SMS|VIP|SaaS|JSON|Logic|URL|UTC|GMT|ISO|CSV|UTF|Excel|WPS|HTTPS?|POST|PUT|GET|Cron|cron|Webhook|A\/B|USD|CNY|EUR|GBP|AM|PM|Ctrl|Shift|Esc|Enter|Delete|Tab|Alt|Cmd|KB|MB|ms|px|x|y|P\d[\dA-Z]*|P\d+D)\b/g;
const DATA_PATTERNS = [
  /\{\{[^}]*\}\}/g, // placeholders in message copy, shown as written
  /\bhttps?:\/\/\S+/g,
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // emails
  /\b[a-z]+(-[a-z0-9]+)*-\d+\b/g, // ids such as cus-00012, evt-3-1
  /\b(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z_\-/ ]+/g, // time zones (Asia/Shanghai)
  /\b[a-z][a-z0-9]*(-[a-z0-9]+)+\b/g, // kebab-case names: tags, assignees (customer-success)
  /\b[A-Z]{1,3}\$/g, // currency signs as Chinese formats them (US$)
  /\b[A-Z0-9]+(-[A-Z0-9]+)+\b/g, // coupon codes (SF-PREVIEW)
  /\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\b/g, // settings' names (STAYFLOW_BASE_CURRENCY)
  /\b\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?\b/g,
];

export interface LatinFinding {
  where: string;
  text: string;
}

/** UI texts of the page that still hold Latin words once `data` and the allowed words are taken out. */
export async function latinTexts(page: Page, data: readonly string[]): Promise<LatinFinding[]> {
  const found = await page.evaluate(() => {
    const out: { where: string; text: string }[] = [];
    const skip = (element: Element) => element.closest('code, pre, kbd, script, style, textarea, [contenteditable], .mono, .sf-code, [data-raw], .react-flow__attribution') !== null;
    const label = (element: Element) => `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[${element.getAttribute('data-testid')}]` : element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || skip(parent)) continue;
      if (parent.tagName === 'OPTION' || parent.tagName === 'TITLE') {
        // Options of a visible select, the minimap's title: shown on demand.
        if (!(parent.closest('select, svg') as HTMLElement | null)?.checkVisibility?.()) continue;
      } else if (!parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) {
        continue;
      }
      out.push({ where: label(parent), text });
    }
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      if (skip(element) || !(element as HTMLElement).checkVisibility?.()) continue;
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push({ where: `${label(element)}@${name}`, text: value });
      }
    }
    for (const element of document.querySelectorAll('[id^="react-flow__node-desc"], [id^="react-flow__edge-desc"], .react-flow__edge[aria-label]')) {
      const value = element.getAttribute('aria-label') ?? element.textContent ?? '';
      if (value.trim()) out.push({ where: label(element), text: value.trim() });
    }
    return out;
  });
  const known = [...new Set(data.filter((value) => /[A-Za-z]/.test(value)))].sort((a, b) => b.length - a.length);
  const findings: LatinFinding[] = [];
  for (const { where, text } of found) {
    let rest = text;
    for (const value of known) rest = rest.split(value).join(' ');
    for (const pattern of DATA_PATTERNS) rest = rest.replace(pattern, ' ');
    rest = rest.replace(ALLOWED, ' ');
    if (/[A-Za-z]{2,}/.test(rest)) findings.push({ where, text });
  }
  return findings;
}

/** Every string a record holds (attribute values, names, tags…), deeply: the data an operator entered or imported. */
export function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}
