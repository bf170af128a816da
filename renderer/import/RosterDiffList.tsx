import { ROSTER_FIELD_LABELS, rosterDiffIsEmpty, type PlacedPerson, type RosterDiff, type RosterField } from '../../shared/import/roster-diff';
import { roleLabel } from '../../shared/format/labels';
import { nameWithParty } from '../attendance/text';

/** How the document's called list differs from the chosen body's roster: new, gone, changed. */
export function RosterDiffList({ diff }: { diff: RosterDiff }) {
  if (rosterDiffIsEmpty(diff)) {
    return (
      <p className="import-roster-same" data-roster-diff="none">
        Kallelselistan stämmer med organets ledamotslista.
      </p>
    );
  }
  return (
    <div className="import-roster-diff" data-roster-diff="some">
      <p className="import-roster-lead">
        Kallelselistan skiljer sig från organets ledamotslista. Mötet sparas med dokumentets lista; ledamotslistan ändras inte.
      </p>
      {diff.added.length > 0 && (
        <DiffPart title={`Nya i dokumentet (${diff.added.length})`} people={diff.added.map((p) => personLine(p))} />
      )}
      {diff.gone.length > 0 && (
        <DiffPart title={`Saknas i dokumentet (${diff.gone.length})`} people={diff.gone.map((p) => personLine(p))} />
      )}
      {diff.changed.length > 0 && (
        <DiffPart
          title={`Ändrade uppgifter (${diff.changed.length})`}
          people={diff.changed.map(
            (c) => `${c.document.name}: ${c.fields.map((f) => `${ROSTER_FIELD_LABELS[f]} ${quoted(c.roster, f)} → ${quoted(c.document, f)}`).join(', ')}`,
          )}
        />
      )}
    </div>
  );
}

function DiffPart({ title, people }: { title: string; people: string[] }) {
  return (
    <div className="import-roster-part">
      <p className="import-roster-part-title">{title}</p>
      <ul>
        {people.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </div>
  );
}

function personLine(p: PlacedPerson): string {
  return [nameWithParty(p), p.organisation, p.title, p.sideName].filter(Boolean).join(', ');
}

function quoted(p: PlacedPerson, field: RosterField): string {
  const value = field === 'role' ? roleLabel(p.role) : p[field];
  return value ? `”${value}”` : '(tomt)';
}
