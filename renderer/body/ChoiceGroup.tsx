export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
  example?: string;
}

/** A setting chosen among a few options (radio buttons), each with an example of what it gives in the minutes. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  options: ChoiceOption<V>[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>
            {option.label}
            {option.example && <span className="choice-example">{option.example}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
