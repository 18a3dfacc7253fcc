// The colours our tokens get in VS Code's bundled themes, resolved the way VS Code does
// (vscode-textmate's theme matching over the real scope stack). Red is the colour of problems in
// the editor, so no clinical token (a twitch count, a negative response, a label) may be red in
// the default themes or the popular bundled ones. Monokai Dimmed and Red colour nearly every
// scope red and are left out. The themes are vendored in fixtures/themes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vsctm from 'vscode-textmate';
import { createRegistry, root } from './tokenize';

const THEMES = join(root, 'test/grammar/fixtures/themes');
const CHECKED: Record<string, string> = {
  'Dark 2026': '2026-dark.json', 'Light 2026': '2026-light.json', 'Dark Modern': 'dark_modern.json', 'Light Modern': 'light_modern.json',
  'Dark+': 'dark_plus.json', 'Light+': 'light_plus.json', 'Dark (Visual Studio)': 'dark_vs.json', 'Light (Visual Studio)': 'light_vs.json',
  'Dark High Contrast': 'hc_black.json', 'Light High Contrast': 'hc_light.json', Monokai: 'monokai-color-theme.json',
  'Solarized Dark': 'solarized-dark-color-theme.json', 'Solarized Light': 'solarized-light-color-theme.json', 'Quiet Light': 'quietlight-color-theme.json',
  'Kimbie Dark': 'kimbie-dark-color-theme.json', Abyss: 'abyss-color-theme.json', 'Tomorrow Night Blue': 'tomorrow-night-blue-color-theme.json',
};

interface Theme { tokenColors: vsctm.IRawThemeSetting[]; foreground: string }
function loadTheme(file: string): Theme {
  const json = JSON.parse(readFileSync(join(THEMES, file), 'utf8'));
  const base: Theme = json.include ? loadTheme(json.include.replace(/^\.\//, '')) : { tokenColors: [], foreground: '#888888' };
  return { tokenColors: [...base.tokenColors, ...(json.tokenColors ?? [])], foreground: json.colors?.['editor.foreground'] ?? base.foreground };
}

/** Hue, saturation and lightness of #rrggbb. */
function hsl(hex: string): { h: number; s: number; l: number } {
  const n = parseInt(hex.slice(1, 7), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) * 60 : max === g ? ((b - r) / d + 2) * 60 : ((r - g) / d + 4) * 60;
  return { h, s, l };
}
/** Red as an error squiggle is red: a saturated hue near pure red (from Monokai's pink-red at 338° to rust at 25°), neither near black nor near white. */
export const isRed = (hex: string) => {
  const { h, s, l } = hsl(hex);
  return (h <= 25 || h >= 335) && s > 0.35 && l > 0.2 && l < 0.85;
};

/** Each non-blank token of the lines with the foreground the theme gives it. */
async function colours(lines: string[], themeName: string): Promise<Array<{ text: string; colour: string; scopes: string[] }>> {
  const theme = loadTheme(CHECKED[themeName]);
  const registry = await createRegistry();
  registry.setTheme({ name: themeName, settings: [{ settings: { foreground: theme.foreground } }, ...theme.tokenColors] });
  const grammar = (await registry.loadGrammar('text.html.markdown.dn-soap'))!;
  const map = registry.getColorMap();
  const out: Array<{ text: string; colour: string; scopes: string[] }> = [];
  let state = vsctm.INITIAL;
  for (const line of lines) {
    const coloured = grammar.tokenizeLine2(line, state);
    const scoped = grammar.tokenizeLine(line, state);
    state = coloured.ruleStack;
    const t = coloured.tokens;
    for (let i = 0; i < t.length; i += 2) {
      const start = t[i];
      const end = i + 2 < t.length ? t[i + 2] : line.length;
      // Bits 15–23 of the token's metadata are its foreground's index in the colour map (vscode-textmate's encoding).
      const colour = map[(t[i + 1] >>> 15) & 0x1ff];
      // The scopes of the token under this one's start (tokenizeLine splits at least as finely).
      const token = scoped.tokens.find((x) => x.startIndex <= start && start < x.endIndex)!;
      const text = line.slice(start, end);
      if (text.trim()) out.push({ text, colour, scopes: token.scopes });
    }
  }
  return out;
}

const NOTE = [
  '## Subjective', 'S: neck pain, NPRS 6/10, VAS: 40', '**O:** R UT and L levator, bilat glutes',
  'Consent: written, on file', '## Aftercare', 'DN 0.25x40mm, LTR x3, +LTR, LTR+, no LTR, twitch, local twitch response x2',
  'Billing: 20560 / 20561; Dx M79.12', '**A:** improving', 'Plan: continue',
];
const ours = (scopes: string[]) => scopes.some((s) => s.endsWith('.dn-soap') && s !== 'text.html.markdown.dn-soap');

describe('grammar: colours in the bundled themes', () => {
  it('no scope of ours is one themes colour as a problem (invalid, markup.deleted, message.error, keyword)', () => {
    const grammar = readFileSync(join(root, 'syntaxes/dn-soap.injection.tmLanguage.json'), 'utf8');
    const names = [...grammar.matchAll(/"name":\s*"([^"]+)"/g)].flatMap((m) => m[1].split(' ')).filter((n) => n.endsWith('.dn-soap'));
    assert.ok(names.length >= 10);
    for (const n of names) assert.doesNotMatch(n, /^(?:invalid|markup\.deleted|message\.error|keyword|storage|constant\.character|constant\.other\.placeholder)\b/, n);
  });

  it('the isRed test knows red: error colours are red, the usual token colours are not', () => {
    for (const red of ['#F14C4C', '#f44747', '#cd3131', '#CF222E', '#FF7B72', '#a31515', '#F92672']) assert.ok(isRed(red), red);
    for (const red of ['#953800', '#CB4B16']) assert.ok(isRed(red), `${red}: rust reads as red next to an error`);
    for (const other of ['#569CD6', '#4EC9B0', '#B5CEA8', '#098658', '#267F99', '#FFA657', '#F79A32', '#D4D4D4', '#000000', '#FFFFFF']) assert.ok(!isRed(other), other);
  });

  for (const name of Object.keys(CHECKED)) {
    it(`${name}: twitch counts, negatives, sides, sizes, scores and codes are never red; labels only as the theme's own headings and bold`, async () => {
      const tokens = (await colours(NOTE, name)).filter((t) => ours(t.scopes));
      assert.ok(tokens.length >= 10, `${tokens.length} of our tokens`); // same-coloured neighbours are one token
      // A theme may make every Markdown heading or bold text red (Quiet Light, Kimbie): a label, which is
      // a heading or bold, then follows the theme; nothing else of ours may be red.
      const markdown = await colours(['## Heading', '**bold** text'], name);
      const themeOwn = new Set([markdown.find((t) => t.text.includes('Heading'))!.colour, markdown.find((t) => t.text.includes('bold'))!.colour]);
      const label = (t: { scopes: string[] }) => t.scopes.some((x) => x.startsWith('entity.name.section.') && x.endsWith('.dn-soap'));
      const red = tokens.filter((t) => isRed(t.colour) && !(label(t) && themeOwn.has(t.colour))).map((t) => `"${t.text}" ${t.colour} (${t.scopes[t.scopes.length - 1]})`);
      assert.deepEqual(red, []);
    });
  }

  it('LTR x3 and no LTR are coloured, as a response, not left as plain text, in the default themes', async () => {
    for (const name of ['Dark 2026', 'Light 2026', 'Dark Modern', 'Light Modern']) {
      const theme = loadTheme(CHECKED[name]);
      const tokens = await colours(['DN R UT, LTR x3, no LTR'], name);
      for (const text of ['LTR x3', 'no LTR']) {
        const t = tokens.find((x) => x.text === text);
        assert.ok(t, `${name}: ${text} is one token`);
        assert.notEqual(t.colour.toUpperCase(), theme.foreground.toUpperCase(), `${name}: ${text} is highlighted`);
      }
    }
  });
});
