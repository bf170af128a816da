import { useMemo, useRef, useState, type ReactElement } from 'react';
import { localDate } from '../../shared/format/clock';
import type { BodySummary } from '../../shared/model/domain';
import { api } from '../api/client';
import { setFlash } from '../app/flash';
import { pageTitle, useDocumentTitle } from '../app/pageTitle';
import { archiveHref, meetingHref, navigate, startHref } from '../app/router';
import { usePageLoad } from '../app/useLoad';
import { count } from '../app/text';
import { useFocusHeading } from '../app/useFocusHeading';
import { LiveText } from '../components/LiveText';
import { LoadFailure } from '../components/LoadFailure';
import { LoadingBlock } from '../components/LoadingBlock';
import { fileForTarget, initialTarget } from './BodyChoice';
import { ImportChooser } from './ImportChooser';
import { ImportReviewScreen } from './ImportReviewScreen';
import { ImportSummary } from './ImportSummary';
import { summaryText, type ImportFile } from './import-files-model';
import { useImportFiles } from './useImportFiles';
import './import.css';

/**
 * "Importera mötesanteckningar" (#/importera[?organ=<id>]): earlier minutes
 * from files or pasted text, read, reviewed and saved as meetings.
 * `data-import-state` = choosing | reading | summary (the review screen sets
 * reviewing | saving on its own root).
 */
export function ImportView({ bodyId }: { bodyId: number | null }) {
  const { load, reload } = usePageLoad(async () => {
    const bodies = await api['bodies:list']({});
    return bodies.ok ? { ok: true as const, value: { bodies: bodies.value } } : bodies;
  }, []);
  const today = useMemo(() => localDate(new Date()), []);
  const imports = useImportFiles(today);
  const [reviewing, setReviewing] = useState<number | null>(null);
  const [saveInto, setSaveInto] = useState<number | null>(bodyId);
  const [announce, setAnnounce] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reviewed = reviewing === null ? null : imports.files[reviewing];
  useFocusHeading(headingRef, load.state === 'ready' && reviewed == null);
  useDocumentTitle(pageTitle(reviewed?.source ? `Granska ${reviewed.source.name}` : null, 'Importera mötesanteckningar'));

  if (load.state === 'loading') return <LoadingBlock text="Hämtar organen …" />;
  if (load.state === 'error') {
    return <LoadFailure error={load.error} notFoundTitle="Sidan finns inte" failedTitle="Importen kunde inte öppnas" onRetry={reload} />;
  }
  const bodies: BodySummary[] = load.bodies;
  const back = bodyId !== null ? archiveHref(bodyId) : startHref;

  const live = <LiveText text={announce} />;
  if (reviewing !== null && reviewed?.source && reviewed.recognised) {
    const single = imports.files.length === 1;
    return withLive(
      <ImportReviewScreen
        key={reviewing}
        source={reviewed.source}
        recognised={reviewed.recognised}
        bodies={bodies}
        bodyId={saveInto}
        today={today}
        onSaved={({ meetingId }) => {
          if (single) {
            navigate(meetingHref(meetingId));
            setFlash(`Mötet är sparat från ${reviewed.name}.`, meetingHref(meetingId));
            return;
          }
          imports.markSaved(reviewing, meetingId);
          setReviewing(null);
          setAnnounce(`${reviewed.name} är sparad som möte.`);
        }}
        onBack={
          single
            ? undefined
            : (current) => {
                imports.keepReview(reviewing, current);
                setReviewing(null);
              }
        }
      />,
      live,
    );
  }

  const fileFor = (file: ImportFile) =>
    file.recognised ? fileForTarget(file.recognised.draft.file, initialTarget(file.recognised.draft.file, saveInto, bodies)).file : null;
  const saveOne = async (index: number) => {
    const file = imports.files[index];
    const meetingFile = file ? fileFor(file) : null;
    if (!file || meetingFile === null) return;
    const id = await imports.save(index, meetingFile, saveInto);
    setAnnounce(id === null ? `${file.name} kunde inte sparas.` : `${file.name} är sparad som möte.`);
  };

  return withLive(
    <div className="page page-import" data-import-state={imports.phase}>
      <a className="back-link" href={back}>
        <span aria-hidden="true">←</span> {bodyId !== null ? 'Till arkivet' : 'Alla möten'}
      </a>
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1} className="page-title">
          Importera mötesanteckningar
        </h1>
        <p className="page-lead">
          Tidigare mötesanteckningar blir möten i Anteckna. Du granskar varje dokument innan det sparas.
        </p>
      </div>
      {imports.phase === 'choosing' ? (
        <ImportChooser
          onFiles={(chosen) => {
            setAnnounce('');
            void imports.readFiles(chosen).then((results) => {
              setAnnounce(summaryText(results));
              if (results.length === 1 && results[0]?.status === 'read') setReviewing(0);
            });
          }}
          onPaste={(text) => {
            const file = imports.readPasted(text);
            const meeting = file.recognised.draft.file.meeting;
            setAnnounce(
              `Texten är inläst: ${count(meeting.agenda.length, 'punkt', 'punkter')}, ${count(file.recognised.draft.review.length, 'sak', 'saker')} att titta på.`,
            );
            setReviewing(0);
          }}
        />
      ) : (
        <ImportSummary
          files={imports.files}
          reading={imports.phase === 'reading'}
          bodies={bodies}
          bodyId={saveInto}
          onBodyId={setSaveInto}
          onReview={setReviewing}
          onSave={(index) => void saveOne(index)}
          onSaveAll={() =>
            void imports.saveAllClean(saveInto, fileFor).then(() => setAnnounce('De filer som inte hade anmärkningar är sparade.'))
          }
          onRestart={() => {
            setReviewing(null);
            imports.restart();
          }}
        />
      )}
    </div>,
    live,
  );
}

/** The view and its live region, which stays in place from choosing to review so what it says is read out. */
function withLive(view: ReactElement, live: ReactElement) {
  return (
    <>
      {view}
      {live}
    </>
  );
}
