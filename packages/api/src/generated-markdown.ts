import { format, resolveConfig } from 'prettier';

/** The comments that fence the generated part of a reference page. */
export interface GeneratedMarkers {
  start: string;
  end: string;
}

/**
 * `markdown` with what lies between its markers replaced by `generated`, formatted as Prettier
 * formats `filepath` in the repository; the prose around the markers stays as written. Shared by
 * the generated references (docs/api.md, docs/configuration.md).
 */
export async function withGeneratedPart(
  markdown: string,
  markers: GeneratedMarkers,
  generated: string,
  filepath: string,
): Promise<string> {
  const start = markdown.indexOf(markers.start);
  const end = markdown.indexOf(markers.end);
  if (start < 0 || end < start) {
    throw new Error(`${filepath} has lost its markers:\n${markers.start}\n${markers.end}`);
  }
  const text = `${markdown.slice(0, start + markers.start.length)}\n\n${generated}\n\n${markdown.slice(end)}`;
  const options = await resolveConfig(filepath);
  return format(text, { ...options, filepath });
}
