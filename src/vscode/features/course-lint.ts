// Course-of-care reminders in the open note: the linter gets each note's earlier visits from the
// workspace's patient index, and open notes are checked again when a note of their course
// changes (an earlier visit edited, a note added or deleted on disk).
import * as vscode from 'vscode';
import type { Feature } from '../feature';
import { isNote } from '../linter';
import { noteIndexFor } from '../note-index';

export const courseLintFeature: Feature = {
  name: 'course-of-care reminders',
  register({ context, configs, linter }) {
    const index = noteIndexFor(context, configs);
    linter.setCourseProvider((doc, config, text) => index.courseFor(doc, config, text));
    // The courses of the open notes: their folders are checked now and then for what the watcher missed.
    context.subscriptions.push(index.keepFresh(() => vscode.workspace.textDocuments.flatMap((doc) => {
      const key = isNote(doc) ? index.courseKeyOf(doc.uri) : undefined;
      return key ? [key] : [];
    })));
    context.subscriptions.push(index.onDidChange((keys) => {
      for (const doc of vscode.workspace.textDocuments) {
        const key = isNote(doc) ? index.courseKeyOf(doc.uri) : undefined;
        if (key && keys.has(key)) linter.schedule(doc, 0);
      }
    }));
  },
};
