import type { TagCount } from '../../shared/model';
import { KINDS } from '../../shared/model';
import { KIND_PLURAL } from './kinds';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  choices: readonly Choice[];
  /** The first option, valued "": no filter. */
  anyLabel?: string;
  onChange(value: string): void;
}

/** A labelled drop-down, as the filter bars and dialogs use them. */
export function SelectField({ label, value, choices, anyLabel, onChange }: Props) {
  return (
    <label className="field-inline">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export const KIND_CHOICES: readonly Choice[] = KINDS.map((k) => ({ value: k, label: KIND_PLURAL[k] }));

/** The notebook's tags with their counts; a chosen tag no longer in use stays listed, so the select can show it. */
export function tagChoices(tags: readonly TagCount[], chosen: string | undefined): Choice[] {
  const choices = tags.map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }));
  return chosen && !tags.some((t) => t.tag === chosen) ? [...choices, { value: chosen, label: chosen }] : choices;
}

/** Plain values (e.g. sources), keeping a chosen one that is gone from the list. */
export function valueChoices(values: readonly string[], chosen: string | undefined): Choice[] {
  const all = chosen && !values.includes(chosen) ? [...values, chosen] : values;
  return all.map((v) => ({ value: v, label: v }));
}
