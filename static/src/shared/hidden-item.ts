import type { HiddenItem, LinkedRef } from '../../../src/contract/api';

/** How the UI names a linked issue the user cannot browse (the server never sends its key). */
export const HIDDEN_ITEM_TEXT = 'an item you cannot see';

export function isHiddenItem(ref: LinkedRef): ref is HiddenItem {
  return 'hidden' in ref && ref.hidden === true;
}
