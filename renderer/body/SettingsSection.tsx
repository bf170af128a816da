import { useId } from 'react';
import type { Body } from '../../shared/model/domain';
import { formatMeetingDate } from '../../shared/format/date';
import { ErrorBanner } from '../components/Banner';
import { LabelledInput } from '../components/LabelledInput';
import type { BodySaveState } from '../components/BodySaveState';
import { TEXT_FIELDS } from './bodySettingsFields';
import { ChoiceGroup, type ChoiceOption } from './ChoiceGroup';
import { LayoutSettings } from './LayoutSettings';
import { MinutesPublishingSettings } from './MinutesPublishingSettings';
import { KallelseSettings } from './KallelseSettings';
import { keptKey, useBodySettings } from './useBodySettings';

/** The settings chosen among a few options, each with an example of what the minutes then say. */
function choices(nextDate: string): { field: 'dateStyle' | 'standpointPlacement' | 'attendanceStyle'; legend: string; options: ChoiceOption[] }[] {
  return [
    {
      field: 'dateStyle',
      legend: 'Datum i anteckningen',
      options: [
        { value: 'long', label: 'Långt datum', example: formatMeetingDate(nextDate, 'long') },
        { value: 'iso', label: 'Sifferdatum', example: formatMeetingDate(nextDate, 'iso') },
      ],
    },
    {
      field: 'standpointPlacement',
      legend: 'Ställningstagandet skrivs',
      options: [
        { value: 'afterPresenters', label: 'Efter raden med föredragande' },
        { value: 'endOfItem', label: 'Sist i punkten' },
      ],
    },
    {
      field: 'attendanceStyle',
      legend: 'Närvaro i anteckningen',
      options: [
        { value: 'lines', label: 'Rader under punkt 1', example: 'Med på länk: … Förhinder: …' },
        { value: 'markers', label: 'Markering efter namnet', example: 'Anna Berg (S) (förhindrad)' },
        { value: 'blocks', label: 'Block', example: 'Närvarande / Förhindrade / Inbjudna' },
      ],
    },
  ];
}

/**
 * "Inställningar": the body's names, document title, usual place, times and
 * meeting form, how the minutes write dates, standpoints and attendance, and
 * the layout ("Så skrivs anteckningen"). `nextDate` is the example date.
 */
export function SettingsSection({
  body,
  nextDate,
  onSaved,
  onState,
}: {
  body: Body;
  nextDate: string;
  onSaved: (body: Body) => void;
  onState: (state: BodySaveState) => void;
}) {
  const baseId = useId();
  const { draft, shown, formError, change, leave } = useBodySettings(body, onSaved, onState);

  return (
    <section className="card settings-card" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="card-title">
        Inställningar
      </h2>
      {formError && <ErrorBanner error={formError} />}
      <div className="form-grid settings-grid">
        {TEXT_FIELDS.map(({ field, label, hint, placeholder, size }) => (
          <LabelledInput
            key={field}
            id={`${baseId}-${field}`}
            className={`field-${field} is-${size}`}
            label={
              <>
                {label}
                {hint && <span className="field-hint"> ({hint})</span>}
              </>
            }
            error={shown[field]}
            name={field}
            data-draft-key={keptKey(body.id, field)}
            value={draft[field]}
            placeholder={placeholder}
            inputMode={field === 'defaultStartTime' || field === 'defaultEndTime' ? 'numeric' : undefined}
            onChange={(e) => change(field, e.target.value, 700)}
            onBlur={() => leave(field)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') leave(field);
            }}
          />
        ))}
      </div>

      <div className="choice-grid">
        {choices(nextDate).map(({ field, legend, options }) => (
          <ChoiceGroup
            key={field}
            legend={legend}
            name={`${baseId}-${field}`}
            value={draft[field]}
            onChange={(v) => change(field, v, 0)}
            options={options}
          />
        ))}
        <fieldset className="choice-group">
          <legend className="field-label">Sammanfattning</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={draft.summaryOfStandpoints}
              onChange={(e) => change('summaryOfStandpoints', e.target.checked, 0)}
            />
            <span>
              Samla alla ställningstaganden sist i anteckningen
              <span className="choice-example">Skrivs aldrig två gånger: de hämtas från punkterna.</span>
            </span>
          </label>
        </fieldset>
      </div>
      <LayoutSettings body={body} draft={draft} definiteNameError={shown.definiteName} onChange={change} onLeave={leave} />
      <MinutesPublishingSettings draft={draft} errors={shown} exampleDate={nextDate} onChange={change} onLeave={leave} />
      <KallelseSettings draft={draft} errors={shown} onChange={change} onLeave={leave} />
    </section>
  );
}
