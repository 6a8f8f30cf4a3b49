import { CODE_INTRO, codeLifetime, SIGN_OFF, type EmailContent } from './email-content';

/** The plain-text part: the HTML part's words in the same order, the link on a line of its own. */
export function renderText(content: EmailContent): string {
  const { heading, greeting, paragraphs, button, code, closing, reason } = content;
  const blocks = [
    heading,
    greeting,
    ...paragraphs,
    `${button.label}:\n${button.url}`,
    ...(code ? [`${CODE_INTRO} ${code.shown}. ${codeLifetime(code.lifetime)}`] : []),
    closing,
    SIGN_OFF,
    reason,
  ];
  return `${blocks.join('\n\n')}\n`;
}
