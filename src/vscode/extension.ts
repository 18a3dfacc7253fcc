// Entry point of the VS Code extension. Activation makes the shared services and registers every
// feature (features.ts): no note is parsed and no rule or vocabulary data is evaluated here (the
// core is loaded on first lint, see core.ts).
import type * as vscode from 'vscode';
import { ConfigStore } from './config-store';
import type { Services } from './feature';
import { features } from './features';
import { Linter } from './linter';

export function activate(context: vscode.ExtensionContext): void {
  const configs = new ConfigStore();
  const linter = new Linter(configs);
  context.subscriptions.push(configs, linter);
  const services: Services = { context, configs, linter };
  for (const feature of features) feature.register(services);
}

export function deactivate(): void {}
