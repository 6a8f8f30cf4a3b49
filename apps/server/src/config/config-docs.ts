import { fileURLToPath } from 'node:url';
import { withGeneratedPart } from '@dyocense/api/generated-markdown';
import { z } from 'zod';
import { DOCUMENTED_SECTIONS } from './sections';

/** docs/configuration.md, whose tables are generated from the schemas in this folder. */
export const CONFIG_DOCS_PATH = fileURLToPath(
  new URL('../../../../docs/configuration.md', import.meta.url),
);

const MARKERS = {
  start:
    '<!-- Generated from apps/server/src/config by `npm run docs:config`: edit the schemas there, not the tables here. -->',
  end: '<!-- End of the generated tables. -->',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The default as the table shows it: the schema's own, or the text for a computed one. */
function defaultOf(schema: z.ZodType): string {
  const text = schema.meta()?.defaultText;
  if (text) return text;
  if (schema instanceof z.ZodDefault) return `\`${String(schema.def.defaultValue)}\``;
  return '';
}

function sectionMarkdown(section: z.ZodObject): string {
  const { title, description } = section.meta() ?? {};
  if (!title) throw new Error('a configuration section needs .meta({ title })');
  const rows = Object.entries(section.shape).map(([variable, schema]) => {
    const meaning = schema.meta()?.description;
    if (!meaning) throw new Error(`${variable} has no description: add .meta({ description })`);
    return `| \`${variable}\` | ${cell(defaultOf(schema))} | ${cell(meaning)} |`;
  });
  return [
    `## ${title}`,
    ...(description ? [description] : []),
    ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n'),
  ].join('\n\n');
}

/** One table per concern, under its title, in the order the sections are read. */
export function configTables(sections: z.ZodObject[] = DOCUMENTED_SECTIONS): string {
  return sections.map(sectionMarkdown).join('\n\n');
}

/** docs/configuration.md with its tables generated afresh; the prose around them stays as written. */
export function withConfigTables(markdown: string): Promise<string> {
  return withGeneratedPart(markdown, MARKERS, configTables(), CONFIG_DOCS_PATH);
}
