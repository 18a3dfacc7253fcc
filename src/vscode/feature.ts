import type * as vscode from 'vscode';
import type { ConfigStore } from './config-store';
import type { Linter } from './linter';

/** What every editor feature may use; made once at activation (cheap: nothing is parsed there). */
export interface Services {
  context: vscode.ExtensionContext;
  configs: ConfigStore;
  linter: Linter;
}

/**
 * One editor feature: a command, a provider or a view. `register` only subscribes and registers;
 * the core is loaded on first use, so activation stays light however many features there are.
 */
export interface Feature {
  /** What the feature adds, in a few words (for readers and the activation test). */
  readonly name: string;
  register(services: Services): void;
}
