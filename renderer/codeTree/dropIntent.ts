// What dropping a dragged code on a row will do — where it lands and the words the drop indicator shows for it.
// The indicator and the drop both read this one intent, so what the tree says is what the drop does.
import { t } from '../../shared/i18n/translate.ts';
import type { Code, Id } from '../../shared/model/index.ts';
import { dropPlacement, type DropPosition, type Placement } from './codeTreeView.ts';

export type DropIntent = { placement: Placement; description: string };

/**
 * The intent of dropping `draggedId` on `target` at `position`; null when refused. `targetShowsChildren`: the
 * target is open with sub-codes below it, so a line under it sits above its first sub-code and means that.
 */
export const dropIntent = (
  codes: readonly Code[], draggedId: Id, target: Code, position: DropPosition, targetShowsChildren: boolean,
): DropIntent | null => {
  if (position === 'after' && targetShowsChildren) {
    const placement = dropPlacement(codes, draggedId, target, 'inside');
    return placement === null ? null : { placement: { parentId: target.id, index: 0 }, description: t('codes.drop.firstChild', { name: target.name }) };
  }
  const placement = dropPlacement(codes, draggedId, target, position);
  if (placement === null) return null;
  if (position === 'inside') return { placement, description: t('codes.drop.inside', { name: target.name }) };
  const parent = target.parentId === null ? undefined : codes.find((code) => code.id === target.parentId);
  const description = parent === undefined
    ? t(position === 'before' ? 'codes.drop.beforeTop' : 'codes.drop.afterTop', { name: target.name })
    : t(position === 'before' ? 'codes.drop.before' : 'codes.drop.after', { name: target.name, parent: parent.name });
  return { placement, description };
};
