import { useState } from 'react';

/**
 * A local edit of a saved value: what the user typed that is not (yet) valid, so it is shown
 * but not saved. The draft belongs to the saved value it was typed over and is dropped as soon
 * as that changes (the valid edit was saved, or another window changed it), which keeps the
 * form in step with main without effects.
 */
export function useDraft<T>(saved: T): { value: T; editing: boolean; set(next: T): void; clear(): void } {
  const base = JSON.stringify(saved);
  const [draft, setDraft] = useState<{ value: T; base: string } | null>(null);
  const editing = draft !== null && draft.base === base;
  return {
    value: editing ? draft.value : saved,
    editing,
    set: (next) => setDraft({ value: next, base }),
    clear: () => setDraft(null),
  };
}
