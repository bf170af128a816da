import { useId, useMemo, useState } from 'react';
import { rosterDiff } from '../../shared/import/roster-diff';
import type { MeetingFile } from '../../shared/meetingfile/schema';
import type { Body, BodySummary } from '../../shared/model/domain';
import { api } from '../api/client';
import { useLoad } from '../app/useLoad';
import { Field, TextField } from '../components/Field';
import { RosterDiffList } from './RosterDiffList';

/** Where the meeting is saved: into a body that exists, or into a new body made from the document. */
export type BodyTarget = { kind: 'existing'; bodyId: number } | { kind: 'new'; name: string; shortName: string };

/** The target a review starts from: the body the secretary came from, else a new body named as the document names it. */
export function initialTarget(file: MeetingFile, bodyId: number | null, bodies: readonly BodySummary[]): BodyTarget {
  if (bodyId !== null && bodies.some((b) => b.id === bodyId)) return { kind: 'existing', bodyId };
  return { kind: 'new', name: file.body.name, shortName: file.body.shortName };
}

/** The meeting file as it is saved into the target: a new body takes the names the secretary gave it. */
export function fileForTarget(file: MeetingFile, target: BodyTarget): { file: MeetingFile; bodyId: number | null } {
  if (target.kind === 'existing') return { file, bodyId: target.bodyId };
  return { file: { ...file, body: { ...file.body, name: target.name.trim(), shortName: target.shortName.trim() } }, bodyId: null };
}

/** Why a new body's names cannot be saved, by field; empty when they can. */
export function targetErrors(target: BodyTarget): { name?: string; shortName?: string } {
  if (target.kind === 'existing') return {};
  const errors: { name?: string; shortName?: string } = {};
  if (target.name.trim() === '') errors.name = 'Skriv organets namn.';
  else if (target.name.trim().length > 200) errors.name = 'Namnet får vara högst 200 tecken.';
  if (target.shortName.trim() === '') errors.shortName = 'Skriv ett kortnamn, till exempel PSN.';
  else if (target.shortName.trim().length > 40) errors.shortName = 'Kortnamnet får vara högst 40 tecken.';
  return errors;
}

/**
 * "Organ": an existing body (with how the document's called list differs from
 * its roster) or "Nytt organ" with the names read from the document, editable.
 */
export function BodyChoice({
  bodies,
  target,
  file,
  showErrors,
  onChange,
}: {
  bodies: readonly BodySummary[];
  target: BodyTarget;
  file: MeetingFile;
  showErrors: boolean;
  onChange: (target: BodyTarget) => void;
}) {
  const baseId = useId();
  const [lastNew, setLastNew] = useState({ name: file.body.name, shortName: file.body.shortName });
  const [lastExisting, setLastExisting] = useState<number | null>(target.kind === 'existing' ? target.bodyId : (bodies[0]?.id ?? null));
  const errors = showErrors ? targetErrors(target) : {};
  return (
    <fieldset className="import-body-choice">
      <legend className="import-section-title">Organ</legend>
      <div className="import-body-options">
        <label className="import-radio">
          <input
            type="radio"
            name={`${baseId}-target`}
            checked={target.kind === 'new'}
            onChange={() => onChange({ kind: 'new', ...lastNew })}
          />
          Nytt organ ur dokumentet
        </label>
        <label className="import-radio">
          <input
            type="radio"
            name={`${baseId}-target`}
            checked={target.kind === 'existing'}
            disabled={lastExisting === null}
            onChange={() => lastExisting !== null && onChange({ kind: 'existing', bodyId: lastExisting })}
          />
          Ett befintligt organ
        </label>
      </div>
      {target.kind === 'new' ? (
        <div className="import-body-names">
          <TextField
            id={`${baseId}-name`}
            label="Organets namn"
            value={target.name}
            error={errors.name}
            onChange={(name) => {
              setLastNew({ ...lastNew, name });
              onChange({ ...target, name });
            }}
          />
          <TextField
            id={`${baseId}-short`}
            label="Kortnamn"
            hint="(till exempel PSN)"
            value={target.shortName}
            error={errors.shortName}
            onChange={(shortName) => {
              setLastNew({ ...lastNew, shortName });
              onChange({ ...target, shortName });
            }}
          />
        </div>
      ) : (
        <>
          <Field id={`${baseId}-body`} label="Spara i organet">
            {(control) => (
              <select
                className="field-input"
                {...control}
                value={target.bodyId}
                onChange={(e) => {
                  const bodyId = Number(e.target.value);
                  setLastExisting(bodyId);
                  onChange({ kind: 'existing', bodyId });
                }}
              >
                <BodyOptions bodies={bodies} />
              </select>
            )}
          </Field>
          <RosterDifferences bodyId={target.bodyId} file={file} />
        </>
      )}
    </fieldset>
  );
}

function RosterDifferences({ bodyId, file }: { bodyId: number; file: MeetingFile }) {
  const [loaded, setLoaded] = useState<{ bodyId: number; body: Body } | { bodyId: number; error: string } | null>(null);
  useLoad(
    async (active) => {
      const result = await api['bodies:get']({ id: bodyId });
      if (!active()) return;
      setLoaded(result.ok ? { bodyId, body: result.value } : { bodyId, error: result.error.message });
    },
    [bodyId],
  );
  const called = file.meeting.calledPersons;
  const body = loaded !== null && loaded.bodyId === bodyId && 'body' in loaded ? loaded.body : null;
  const diff = useMemo(() => (body === null ? null : rosterDiff(called, body)), [body, called]);
  if (loaded === null || loaded.bodyId !== bodyId) return <p className="muted">Jämför med organets ledamotslista …</p>;
  if ('error' in loaded) return <p className="field-error">{loaded.error}</p>;
  return diff && <RosterDiffList diff={diff} />;
}

/** The bodies to save into, each by its name and short name. */
export function BodyOptions({ bodies }: { bodies: readonly BodySummary[] }) {
  return bodies.map((b) => (
    <option key={b.id} value={b.id}>
      {b.shortName ? `${b.name} (${b.shortName})` : b.name}
    </option>
  ));
}
