import { useId, type ReactNode } from 'react';
import type { Body, BodySettings, MarkerPlacement, NameForm, PersonDetailOrder } from '../../shared/model/domain';
import { details } from '../../shared/document/people';
import { fillTemplate } from '../../shared/standpoints/templates';
import { LabelledInput } from '../components/LabelledInput';
import './layout-settings.css';

/** The settings of how the minutes are laid out and worded, saved with the body's other settings. */
export type LayoutField = 'numberedItems' | 'agendaHeading' | 'personDetailOrder' | 'markerPlacement' | 'nameForm' | 'definiteName';

export const LAYOUT_FIELDS: readonly LayoutField[] = [
  'numberedItems',
  'agendaHeading',
  'personDetailOrder',
  'markerPlacement',
  'nameForm',
  'definiteName',
];

interface Props {
  body: Body;
  draft: BodySettings;
  /** The message at the "Bestämd form" field, if its value cannot be saved. */
  definiteNameError: string | undefined;
  onChange: (field: LayoutField, value: string | boolean, delayMs: number) => void;
  /** The text field was left (or Enter pressed): save now and show what is wrong. */
  onLeave: (field: LayoutField) => void;
}

interface ExamplePerson {
  name: string;
  organisation: string;
  title: string;
}

/** A member of the body's own roster with both details, so the example reads like its minutes. */
function examplePerson(body: Body): ExamplePerson {
  for (const side of body.sides) {
    for (const category of side.categories) {
      const m = category.members.find((x) => !x.vacant && x.name.trim() && x.organisation.trim() && x.title.trim());
      if (m) {
        const party = m.party.trim().replace(/^\((.*)\)$/, '$1');
        return { name: party ? `${m.name.trim()} (${party})` : m.name.trim(), organisation: m.organisation.trim(), title: m.title.trim() };
      }
    }
  }
  return { name: 'Anna Berg (S)', organisation: 'Kustregionen', title: 'förbundsdirektör' };
}

function personLine(person: ExamplePerson, order: PersonDetailOrder, placement: MarkerPlacement | null): string {
  const rest = details(person, order).join(', ');
  if (placement === 'afterName') return `${person.name} (förhindrad), ${rest}`;
  if (placement === 'endOfLine') return `${person.name}, ${rest} (förhindrad)`;
  return `${person.name}, ${rest}`;
}

const NAME_FORMS: { value: NameForm; label: string }[] = [
  { value: 'common', label: 'en styrgrupp – ställer sig positiv' },
  { value: 'neuter', label: 'ett samrådsorgan – ställer sig positivt' },
  { value: 'plural', label: 'flera – ställer sig positiva' },
];

function standpointExample(draft: BodySettings, nameForm: NameForm): string {
  const context = { shortName: draft.shortName, formalName: draft.formalName, nameForm, definiteName: draft.definiteName };
  return fillTemplate('{organet} ställer sig {positiv} till förslaget att …', { ...context, nextMeetingDate: null, group: '' }).text;
}

/**
 * "Så skrivs anteckningen": numbered items, the Dagordning heading, the order
 * of a person's details, where the attendance marker goes, and how the body's
 * name agrees in standpoints. Every choice shows the line it prints; exports,
 * the preview and the meeting view follow.
 */
export function LayoutSettings({ body, draft, definiteNameError, onChange, onLeave }: Props) {
  const baseId = useId();
  const person = examplePerson(body);
  const firstItem = draft.numberedItems ? '1. Mötets öppnande' : 'Mötets öppnande';

  return (
    <div className="layout-settings" role="group" aria-labelledby={`${baseId}-heading`} data-layout-settings="">
      <h3 id={`${baseId}-heading`} className="layout-settings-title">
        Så skrivs anteckningen
      </h3>
      <p className="layout-settings-lead">Gäller Word, PDF och förhandsgranskningen. Mötesvyn visar det likadant.</p>
      <div className="layout-grid">
        <fieldset className="choice-group">
          <legend className="field-label">Punkterna</legend>
          <Check
            id={`${baseId}-numbered`}
            label="Numrerade punkter"
            checked={draft.numberedItems}
            onChange={(v) => onChange('numberedItems', v, 0)}
            example={draft.numberedItems ? '4. Budget 2027 · a) Förslag till beslut' : 'Budget 2027 · Förslag till beslut'}
          />
          <Check
            id={`${baseId}-heading-on`}
            label="Rubriken Dagordning"
            checked={draft.agendaHeading}
            onChange={(v) => onChange('agendaHeading', v, 0)}
            example={draft.agendaHeading ? `”Dagordning” står över ${firstItem}` : `${firstItem} följer direkt efter närvaron`}
          />
        </fieldset>

        <Radios<PersonDetailOrder>
          legend="Ordning för uppgifter om en person"
          name={`${baseId}-detail-order`}
          value={draft.personDetailOrder}
          onChange={(v) => onChange('personDetailOrder', v, 0)}
          options={[
            { value: 'organisationTitle', label: 'Namn, organisation, titel', example: personLine(person, 'organisationTitle', null) },
            { value: 'titleOrganisation', label: 'Namn, titel, organisation', example: personLine(person, 'titleOrganisation', null) },
          ]}
        />

        <Radios<MarkerPlacement>
          legend="Markering av närvaro"
          name={`${baseId}-marker`}
          value={draft.markerPlacement}
          onChange={(v) => onChange('markerPlacement', v, 0)}
          note={draft.attendanceStyle === 'lines' ? 'Syns när närvaron skrivs som markering efter namnet.' : undefined}
          options={[
            { value: 'afterName', label: 'Efter namnet', example: personLine(person, draft.personDetailOrder, 'afterName') },
            { value: 'endOfLine', label: 'Sist på raden', example: personLine(person, draft.personDetailOrder, 'endOfLine') },
          ]}
        />

        <Radios<NameForm>
          legend="Organets namn böjs som"
          name={`${baseId}-name-form`}
          value={draft.nameForm}
          onChange={(v) => onChange('nameForm', v, 0)}
          options={NAME_FORMS.map((f) => ({ ...f, example: standpointExample(draft, f.value) }))}
        />

        <LabelledInput
          id={`${baseId}-definite`}
          className="layout-definite"
          label={
            <>
              Bestämd form <span className="field-hint">(i ställningstaganden)</span>
            </>
          }
          error={definiteNameError}
          describedBy={`${baseId}-definite-example`}
          after={<Example id={`${baseId}-definite-example`}>{standpointExample(draft, draft.nameForm)}</Example>}
          name="definiteName"
          value={draft.definiteName}
          placeholder={draft.shortName.trim() || 'Styrgruppen'}
          onChange={(e) => onChange('definiteName', e.target.value, 700)}
          onBlur={() => onLeave('definiteName')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onLeave('definiteName');
          }}
        />
      </div>
    </div>
  );
}

function Example({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span id={id} className="layout-example" data-layout-example="">
      {children}
    </span>
  );
}

/** The choice's name, and below it the line it prints (read as the description, not as part of the name). */
function ChoiceText({ id, label, example }: { id: string; label: string; example: string }) {
  return (
    <span>
      <span id={`${id}-label`}>{label}</span>
      <Example id={`${id}-example`}>{example}</Example>
    </span>
  );
}

function Check({
  id,
  label,
  checked,
  example,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  example: string;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-example`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <ChoiceText id={id} label={label} example={example} />
    </label>
  );
}

function Radios<V extends string>({
  legend,
  name,
  value,
  options,
  note,
  onChange,
}: {
  legend: string;
  name: string;
  value: V;
  options: { value: V; label: string; example: string }[];
  note?: string;
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{legend}</legend>
      {note && <p className="layout-note">{note}</p>}
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-example`}
              onChange={() => onChange(option.value)}
            />
            <ChoiceText id={id} label={option.label} example={option.example} />
          </label>
        );
      })}
    </fieldset>
  );
}
