import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, mailBodies } from './mailBodies.ts';

describe('mail bodies', () => {
  it('escapes a plain-text template and keeps its line breaks in the HTML part', () => {
    expect(mailBodies('Hi Ana,\nyour code is <SAVE10> & more', false)).toEqual({
      html: 'Hi Ana,<br>\nyour code is &lt;SAVE10&gt; &amp; more',
      text: 'Hi Ana,\nyour code is <SAVE10> & more',
    });
  });

  it('keeps a plain-text body plain when a customer value holds markup', () => {
    const rendered = 'Hi <a href="https://evil.example">click</a>,\nwelcome';
    expect(looksLikeHtml(rendered)).toBe(true);
    expect(mailBodies(rendered, false).html).toBe('Hi &lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt;,<br>\nwelcome');
  });

  it('strips tags for the text alternative of an HTML template, keeping links readable', () => {
    const html = '<style>p{color:red}</style><h1>Welcome back</h1><p>We miss you&nbsp;&mdash; <a href="https://shop.example/c">come back</a>.</p><ul><li>10&#37; off</li></ul>';
    expect(mailBodies(html, true).html).toBe(html);
    expect(htmlToText(html)).toBe('Welcome back\nWe miss you &mdash; come back (https://shop.example/c).\n\n- 10% off');
  });
});
