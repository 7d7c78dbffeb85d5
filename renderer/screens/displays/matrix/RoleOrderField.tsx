// The order of informant roles down a role-ordered matrix: every known role listed in the user's order (roles not yet
// placed follow alphabetically, as the builder places them), each moved up or down with a button.
import { useTranslation } from '../../../i18n/useTranslation.ts';

type Props = { order: readonly string[]; roles: readonly string[]; onChange: (order: string[]) => void };

/** The user's order first (roles still present), then the remaining roles alphabetically. */
export const effectiveRoleOrder = (order: readonly string[], roles: readonly string[]): string[] => {
  const known = new Set(roles);
  const placed = order.filter((role) => known.has(role));
  return [...placed, ...roles.filter((role) => !placed.includes(role)).sort((a, b) => a.localeCompare(b))];
};

export const RoleOrderField = ({ order, roles, onChange }: Props) => {
  const { t } = useTranslation();
  const shown = effectiveRoleOrder(order, roles);
  const move = (index: number, by: -1 | 1) => {
    const next = [...shown];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  return (
    <fieldset className="builder-section">
      <legend>{t('displays.builder.roleOrder')}</legend>
      {shown.length === 0 && <p className="muted small">{t('displays.builder.noRoles')}</p>}
      <ol className="role-order">
        {shown.map((role, index) => (
          <li key={role}>
            <span className="role-order-name">{role}</span>
            <button type="button" className="button icon small" aria-label={t('displays.builder.moveUp', { role })} disabled={index === 0} onClick={() => move(index, -1)}>
              ↑
            </button>
            <button
              type="button"
              className="button icon small"
              aria-label={t('displays.builder.moveDown', { role })}
              disabled={index === shown.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
};
