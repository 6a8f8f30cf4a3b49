import { BRAND_COLOURS, BRAND_FONT, CODE_FONT } from './email-brand';
import { CODE_INTRO, codeLifetime, LINK_INTRO, SIGN_OFF, type EmailContent } from './email-content';
import { escapeHtml } from './escape-html';

const { ink, muted, line, surface, background, accent } = BRAND_COLOURS;

/** The widest the message gets; below it, it follows the screen. */
const MAX_WIDTH_PX = 560;

// Mail clients keep inline styles and tables, and drop stylesheets, classes and landmarks.
const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';
const TEXT = 'margin:0 0 16px';
const SMALL = `margin:0 0 8px;color:${muted};font-size:14px`;
// A long business name or link wraps instead of widening the message past a phone's screen.
const WRAP = 'overflow-wrap:anywhere;word-break:break-word';

function paragraph(text: string, style = TEXT): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

function wordmark(): string {
  return [
    `<tr><td style="padding:16px 24px;border-bottom:1px solid ${line}">`,
    `<p style="margin:0;font-size:20px;font-weight:700;line-height:1.25;color:${ink}">Dyocense</p>`,
    '</td></tr>',
  ].join('\n');
}

/** A button drawn by its table cell too, for clients that ignore an inline-block link's padding. */
function button({ label, url }: EmailContent['button']): string {
  const link = `display:inline-block;padding:12px 20px;border-radius:8px;background-color:${accent};color:${surface};font-weight:600;text-decoration:none;${WRAP}`;
  return [
    `<table ${TABLE} style="margin:8px 0 24px"><tr>`,
    `<td bgcolor="${accent}" style="border-radius:8px;background-color:${accent}">`,
    `<a href="${escapeHtml(url)}" style="${link}">${escapeHtml(label)}</a>`,
    '</td></tr></table>',
  ].join('\n');
}

/** The button's link written out, for copying: it breaks anywhere rather than widen the page. */
function writtenLink(url: string): string {
  const style = `color:${accent};text-decoration:underline;word-break:break-all`;
  return [
    paragraph(LINK_INTRO, SMALL),
    `<p style="margin:0 0 24px;font-size:14px"><a href="${escapeHtml(url)}" style="${style}">${escapeHtml(url)}</a></p>`,
  ].join('\n');
}

function code({ shown, lifetime }: NonNullable<EmailContent['code']>): string {
  const box = `display:inline-block;margin:0 0 8px;padding:8px 16px;border:1px solid ${line};border-radius:8px;background-color:${background};color:${ink};font-family:${CODE_FONT};font-size:32px;font-weight:700;line-height:1.25;letter-spacing:4px`;
  return [
    paragraph(CODE_INTRO, 'margin:0 0 8px'),
    `<p style="${box}">${escapeHtml(shown)}</p>`,
    paragraph(codeLifetime(lifetime)),
  ].join('\n');
}

function body(content: EmailContent): string {
  const { heading, greeting, paragraphs, code: shownCode, closing } = content;
  return [
    `<tr><td style="padding:24px;${WRAP}">`,
    `<h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:${ink}">${escapeHtml(heading)}</h1>`,
    paragraph(greeting),
    ...paragraphs.map((text) => paragraph(text)),
    button(content.button),
    writtenLink(content.button.url),
    shownCode ? code(shownCode) : '',
    paragraph(closing, SMALL),
    paragraph(SIGN_OFF, 'margin:16px 0 0'),
    '</td></tr>',
  ].join('\n');
}

/**
 * The HTML part: a table layout with inline styles only, no images, fonts or scripts from
 * anywhere, MAX_WIDTH_PX wide at most and fluid below. Every value in it is escaped.
 */
export function renderHtml(content: EmailContent): string {
  const subject = escapeHtml(content.subject);
  const card = `max-width:${MAX_WIDTH_PX}px;background-color:${surface};border:1px solid ${line};border-top:4px solid ${accent};border-radius:8px`;
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr"><head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    '<meta name="supported-color-schemes" content="light">',
    `<title>${subject}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:${background};color:${ink};font-family:${BRAND_FONT};font-size:16px;line-height:1.5">`,
    // The main landmark of the message opened as a page of its own (most mail apps); the
    // article, its region once a webmail has put it inside a page of its own.
    '<main>',
    `<div role="article" aria-roledescription="email" aria-label="${subject}" lang="en" dir="ltr">`,
    `<table ${TABLE} width="100%" style="background-color:${background}"><tr><td align="center" style="padding:24px 12px">`,
    `<table ${TABLE} width="100%" style="${card}">`,
    wordmark(),
    body(content),
    '</table>',
    `<table ${TABLE} width="100%" style="max-width:${MAX_WIDTH_PX}px"><tr><td style="padding:16px 24px;color:${muted};font-size:13px;${WRAP}">`,
    paragraph(content.reason, 'margin:0'),
    '</td></tr></table>',
    '</td></tr></table>',
    '</div>',
    '</main>',
    '</body></html>',
  ].join('\n');
}
