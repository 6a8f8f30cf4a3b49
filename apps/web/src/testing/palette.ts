export type ColorScheme = 'light' | 'dark';

/** The custom properties (`--name: value;`) declared directly in one CSS block's text. */
function customProperties(block: string): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    properties[name!] = value!.trim();
  }
  return properties;
}

/** The text between the `{` at `open` and its matching `}`. */
function blockAt(css: string, open: number): string {
  let depth = 0;
  for (let index = open; index < css.length; index += 1) {
    if (css[index] === '{') depth += 1;
    if (css[index] === '}' && --depth === 0) return css.slice(open + 1, index);
  }
  throw new Error('A CSS block is not closed');
}

/** The first `:root { … }` that `pattern` finds in `css`. */
function rootBlock(css: string, pattern: RegExp): string {
  const start = css.search(pattern);
  if (start < 0) throw new Error(`No :root block (${pattern})`);
  return blockAt(css, css.indexOf('{', start));
}

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * The `:root` custom properties a stylesheet gives one colour scheme: the light ones, and for
 * dark, those overridden in its `@media (prefers-color-scheme: dark)` block.
 */
export function paletteOf(stylesheet: string, scheme: ColorScheme): Record<string, string> {
  const css = withoutComments(stylesheet);
  // The light one is the top-level :root, the first at the start of a line.
  const light = customProperties(rootBlock(css, /^:root\s*\{/m));
  if (scheme === 'light') return light;
  const media = css.search(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/);
  if (media < 0) throw new Error('No @media (prefers-color-scheme: dark) block');
  const dark = customProperties(rootBlock(blockAt(css, css.indexOf('{', media)), /:root\s*\{/));
  return { ...light, ...dark };
}
