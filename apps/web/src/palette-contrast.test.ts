import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paletteOf, type ColorScheme } from './testing/palette';
import { contrastRatio } from './testing/wcag-contrast';

const STYLESHEET = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');
const SCHEMES: ColorScheme[] = ['light', 'dark'];

/** WCAG 1.4.3 for text, 1.4.11 for a control's edge, a focus ring or a chart's bars. */
const TEXT = 4.5;
const GRAPHIC = 3;

interface Pair {
  what: string;
  foreground: string;
  background: string;
  minimum: number;
}

const PAIRS: Pair[] = [
  ...['--surface', '--background', '--error-surface', '--info-surface'].map((background) => ({
    what: 'text',
    foreground: '--ink',
    background,
    minimum: TEXT,
  })),
  ...['--surface', '--background'].flatMap((background) => [
    { what: 'secondary text', foreground: '--muted', background, minimum: TEXT },
    { what: 'links', foreground: '--accent', background, minimum: TEXT },
    { what: 'error messages', foreground: '--error', background, minimum: TEXT },
    {
      what: 'inputs, secondary buttons, cards',
      foreground: '--border',
      background,
      minimum: GRAPHIC,
    },
  ]),
  {
    what: 'links in a notice',
    foreground: '--accent',
    background: '--info-surface',
    minimum: TEXT,
  },
  { what: 'an error banner', foreground: '--error', background: '--error-surface', minimum: TEXT },
  { what: 'badges', foreground: '--accent-dark', background: '--info-surface', minimum: TEXT },
  { what: 'primary buttons', foreground: '--on-accent', background: '--accent', minimum: TEXT },
  {
    what: 'a hovered primary button',
    foreground: '--on-accent',
    background: '--accent-dark',
    minimum: TEXT,
  },
  ...['--chart-1', '--chart-2', '--chart-3'].map((foreground) => ({
    what: 'chart bars',
    foreground,
    background: '--surface',
    minimum: GRAPHIC,
  })),
];

describe('contrastRatio', () => {
  it('gives WCAG 2 ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#abc', '#aabbcc')).toBe(1);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => contrastRatio('var(--ink)', '#fff')).toThrow('Not a #rgb or #rrggbb colour');
  });
});

describe.each(SCHEMES)('the %s palette', (scheme) => {
  const palette = paletteOf(STYLESHEET, scheme);

  it.each(PAIRS)(
    '$what: $foreground on $background at $minimum:1 or more',
    ({ foreground, background, minimum }) => {
      const ratio = contrastRatio(palette[foreground] ?? '', palette[background] ?? '');
      expect(ratio).toBeGreaterThanOrEqual(minimum);
    },
  );
});

describe('the stylesheet', () => {
  it('gives dark mode a colour of its own for every colour of the light palette', () => {
    const light = paletteOf(STYLESHEET, 'light');
    const dark = paletteOf(STYLESHEET, 'dark');
    const colours = Object.keys(light).filter((name) => /^(#|rgb)/.test(light[name]!));
    expect(colours.length).toBeGreaterThan(10);
    expect(colours.filter((name) => dark[name] === light[name])).toEqual([]);
  });

  it('names a colour only where it defines a custom property', () => {
    const literals = STYLESHEET.split('\n').filter(
      (line) => /#[0-9a-f]{3,8}\b|\b(rgb|hsl)a?\(/i.test(line) && !/^\s*--[\w-]+\s*:/.test(line),
    );
    expect(literals).toEqual([]);
  });
});
