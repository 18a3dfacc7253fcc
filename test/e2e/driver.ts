// The keyboard and the camera of the real-editor tests. The suite runs inside the extension host
// and cannot press keys or take pictures itself: it logs a request line that the code-server
// runner (scripts/run-code-server-tests.mjs) plays on the workbench page with Playwright, and
// waits for the runner's answer file under test-results/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './helpers';

/** One thing the clinician does at the keyboard, or a pause the runner makes (not a keystroke). */
export type Step =
  | { type: string; delay?: number }
  | { press: string }
  | { wait: number }
  | { waitFor: string; text?: string; state?: 'visible' | 'hidden'; timeout?: number }
  /** Presses a key until an element shows (moving through a menu): not for counted keystrokes. */
  | { pressUntil: string; selector: string; text?: string; max?: number; interval?: number }
  /** Presses a key once if an element shows now (accepting a list that may or may not be open): not for counted keystrokes. */
  | { pressIf: string; selector: string; text?: string };

/** True when the runner drives the page (code-server); @vscode/test-electron has no such hook. */
export const canDrive = process.env.DN_E2E_KEYS === '1';

/** The suggest list, shown; its focused row (what Tab would accept); the quick-fix menu. */
export const SUGGEST = '.monaco-editor .suggest-widget.visible';
export const SUGGEST_FOCUSED = `${SUGGEST} .monaco-list-row.focused`;
export const ACTION_MENU = '.action-widget';

const resultsDir = () => path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'test-results');
let counter = 0;

/** Keystrokes a clinician makes for these steps: each typed character and each key press (with its modifiers) counts one. */
export function keystrokes(steps: readonly Step[]): number {
  assert.ok(!steps.some((s) => 'pressUntil' in s || 'pressIf' in s), 'pressUntil and pressIf press an unknown number of keys');
  return steps.reduce((n, s) => n + ('type' in s ? [...s.type].length : 'press' in s ? 1 : 0), 0);
}

/** Plays the steps on the workbench page's keyboard and resolves once they are done. */
export async function play(steps: readonly Step[], timeoutMs = 30_000): Promise<void> {
  assert.ok(canDrive, 'typing needs the code-server runner (DN_E2E_KEYS=1)');
  const id = `keys-${process.pid}-${++counter}`;
  const answer = path.join(resultsDir(), `${id}.keys.json`);
  fs.rmSync(answer, { force: true });
  console.log(`DN_E2E_KEYS ${id} ${JSON.stringify(steps)}`);
  await waitFor(() => fs.existsSync(answer), `the runner to play ${steps.length} steps`, timeoutMs);
  const result = JSON.parse(fs.readFileSync(answer, 'utf8')) as { ok: boolean; step?: number; error?: string };
  fs.rmSync(answer, { force: true });
  assert.ok(result.ok, `step ${result.step} ${JSON.stringify(steps[result.step ?? 0])} failed: ${result.error}`);
}

/** Steps that wait until the suggest list shows `label` as its focused row, then accept it with Tab. */
export function accept(label: string): Step[] {
  return [{ waitFor: SUGGEST_FOCUSED, text: label }, { press: 'Tab' }];
}

/** A screenshot the runner saved: the page, the first element matching the selector, the DOM of every frame. */
export interface Shot { png: Buffer; element?: Buffer; frames: string }

/** Asks the runner for a screenshot; undefined when the host cannot take one (@vscode/test-electron). */
export async function screenshot(name: string, size = '', selector = ''): Promise<Shot | undefined> {
  if (process.env.DN_E2E_SCREENSHOTS !== '1') return undefined;
  const dir = resultsDir();
  for (const suffix of ['.png', '.webview.png', '.element.png', '.frames.html', '.done']) fs.rmSync(path.join(dir, name + suffix), { force: true });
  console.log(['DN_E2E_SCREENSHOT', name, size, selector].filter(Boolean).join(' '));
  await waitFor(() => fs.existsSync(path.join(dir, `${name}.done`)), `the runner to save ${name}.png`, 20_000);
  const element = path.join(dir, `${name}.element.png`);
  return {
    png: fs.readFileSync(path.join(dir, `${name}.png`)),
    element: fs.existsSync(element) ? fs.readFileSync(element) : undefined,
    frames: fs.readFileSync(path.join(dir, `${name}.frames.html`), 'utf8'),
  };
}

export const isPng = (b: Buffer | undefined) => !!b && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
