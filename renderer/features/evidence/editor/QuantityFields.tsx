import { RATE_PERIODS } from '../../../../shared/model';
import type { Bound, RatePeriod } from '../../../../shared/model';
import { formatNumber, parseAmount } from '../amounts';
import { ChoiceField } from './ChoiceField';
import type { QuantityDraft } from './evidence-draft';
import { TextField } from './TextField';

const BOUNDS: { value: Bound | ''; label: string }[] = [
  { value: '', label: 'exact' },
  { value: 'approximate', label: 'approximate' },
  { value: 'lower', label: 'at least' },
  { value: 'upper', label: 'at most' },
];

const PERIODS: { value: RatePeriod | ''; label: string }[] = [{ value: '', label: 'not a rate' }, ...RATE_PERIODS.map((p) => ({ value: p, label: `per ${p}` }))];

interface Props {
  quantity: QuantityDraft;
  /** 0 for the main number; later ones are conversions or other numbers of the same passage. */
  index: number;
  onChange(next: QuantityDraft): void;
  onRemove?(): void;
  errors: Record<string, string>;
  suggested: boolean;
}

/** The full number under what was typed, so "6m" is seen to mean 6,000,000. */
function scaleHint(text: string, unit: string): string | undefined {
  const amount = parseAmount(text);
  if (!amount || (!amount.scale && !amount.percent && Math.abs(amount.value) < 1e4)) return undefined;
  return amount.percent ? `${formatNumber(amount.value, undefined, 'percent')} (${amount.value} as a fraction)` : `${amount.value.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`;
}

/** One number of a figure: value (scale shown), unit, bound, range end and rate period. */
export function QuantityFields({ quantity, index, onChange, onRemove, errors, suggested }: Props) {
  const set = (patch: Partial<QuantityDraft>) => onChange({ ...quantity, ...patch });
  const nth = index === 0 ? '' : ` ${index + 1}`;
  return (
    <div className="quantity-fields" role="group" aria-label={index === 0 ? 'Main number' : `Number ${index + 1}`}>
      <TextField
        label={`Value${nth}`}
        value={quantity.amount}
        onChange={(amount) => set({ amount })}
        placeholder="6 million, 6m, 60%"
        hint={scaleHint(quantity.amount, quantity.unit) ?? (quantity.text ? `“${quantity.text}”` : undefined)}
        error={errors[`amount-${index}`]}
        suggested={suggested}
      />
      <TextField label={`Unit${nth}`} value={quantity.unit} onChange={(unit) => set({ unit })} placeholder="users, RUB, percent" suggested={suggested} />
      <ChoiceField label={`Bound${nth}`} value={quantity.bound} options={BOUNDS} onChange={(bound) => set({ bound })} suggested={suggested} />
      <TextField label={`Range to${nth}`} value={quantity.max} onChange={(max) => set({ max })} placeholder="e.g. 40 million" error={errors[`max-${index}`]} suggested={suggested} />
      <ChoiceField label={`Rate${nth}`} value={quantity.per} options={PERIODS} onChange={(per) => set({ per })} suggested={suggested} />
      {onRemove && (
        <button type="button" className="link-button quantity-remove" onClick={onRemove}>
          Remove value{nth}
        </button>
      )}
    </div>
  );
}
