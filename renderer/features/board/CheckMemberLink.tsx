import type { CheckMember } from '../../../shared/evidence';
import { formatRoute } from '../../app/route';
import { quoted, shorten } from '../../components/format';
import { formatQuantity } from '../evidence/amounts';

/** One article's instance of a checked figure or quote: where it is, and a link to the passage. */
export function CheckMemberLink({ member, unit, showValue = false }: { member: CheckMember; unit?: string; showValue?: boolean }) {
  const href = formatRoute({ view: 'article', id: member.articleId, highlight: member.highlightId });
  const value =
    showValue && member.value !== undefined
      ? formatQuantity({ value: member.value, ...(member.valueMax !== undefined ? { valueMax: member.valueMax } : {}), ...(member.bound ? { bound: member.bound } : {}), ...(unit ? { unit } : {}) })
      : null;
  return (
    <li className="check-member">
      {value && <strong className="check-value">{value}</strong>}
      <a href={href} title={member.text}>
        {quoted(shorten(member.text, 80))}
      </a>
      <span className="check-source">{member.source ?? member.articleTitle}</span>
    </li>
  );
}
