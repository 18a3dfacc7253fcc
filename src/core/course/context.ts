// What a rule may know about the rest of the patient's course of care when it checks one note:
// the earlier visits of the same patient and episode, as the patient index (course/) sees them.
// The CLI and the editor build it from the notes around the one being checked; a note checked on
// its own has none, and the course rules then stay silent.

/** Filled in by the course-of-care module; rules read it through RuleContext.course. */
export interface CourseContext {
  readonly kind: 'course';
}
