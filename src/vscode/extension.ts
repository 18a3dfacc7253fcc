// Entry point of the VS Code extension. Activation only wires listeners and providers:
// no note is parsed and no rule or vocabulary data is evaluated here (the core is loaded
// on first lint, see core.ts). The language engineer's register…(context) calls go below.
import * as vscode from 'vscode';
import { CODE_ACTION_SELECTOR, CodeActions } from './code-actions';
import { registerCommands } from './commands';
import { ConfigStore } from './config-store';
import { registerCompletions } from './completions';
import { MuscleHover } from './hover';
import { Linter } from './linter';
import { registerPreview } from './preview';
import { BillingStatusBar } from './status-bar';

export function activate(context: vscode.ExtensionContext): void {
  const configs = new ConfigStore();
  const linter = new Linter(configs);
  const status = new BillingStatusBar(linter);
  context.subscriptions.push(
    configs, linter, status,
    vscode.languages.registerCodeActionsProvider(CODE_ACTION_SELECTOR, new CodeActions(linter), CodeActions.metadata),
    vscode.languages.registerHoverProvider(CODE_ACTION_SELECTOR, new MuscleHover(linter)),
  );
  registerCommands(context, linter, configs, status);
  registerCompletions(context, linter);
  registerPreview(context);
}

export function deactivate(): void {}
