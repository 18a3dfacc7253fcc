// PLACEHOLDER (created by the e2e harness work so the real-editor tests have something to
// load). Registers nothing. The extension engineer replaces this file.
import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
