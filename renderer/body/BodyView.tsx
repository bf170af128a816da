import { useCallback, useRef, useState } from 'react';
import type { Body, DateStyle, PlannedDate } from '../../shared/model/domain';
import { api } from '../api/client';
import { usePageLoad } from '../app/useLoad';
import { useInvalidStatus } from '../app/invalidFields';
import { archiveHref, startHref } from '../app/router';
import { useFocusHeading } from '../app/useFocusHeading';
import { localDate } from '../../shared/format/clock';
import { BodyStateText, combineBodyStates, type BodySaveState } from '../components/BodySaveState';
import { LoadFailure } from '../components/LoadFailure';
import { RosterEditor } from '../roster/RosterEditor';
import { TemplateLibrary } from '../standpoints/TemplateLibrary';
import { LoadingBlock } from '../components/LoadingBlock';
import { DocxTemplateSection } from './DocxTemplateSection';
import { PlannedDatesSection } from './PlannedDatesSection';
import { SettingsSection } from './SettingsSection';
import { StandingItemsSettings } from './StandingItemsSettings';
import { WordListSection } from './WordListSection';
import { pageTitle, useDocumentTitle } from '../app/pageTitle';
import type { YearDatesSettings } from './YearDatesPanel';

function yearDatesSettingsOf(b: Body): YearDatesSettings {
  const { id, name, shortName, defaultPlace, defaultMeetingForm, defaultStartTime, defaultEndTime } = b;
  return { id, name, shortName, defaultPlace, defaultMeetingForm, defaultStartTime, defaultEndTime };
}

/** "Inställningar" for one body (#/body/<id>): loads the body, then shows its sections. */
export function BodyView({ bodyId }: { bodyId: number }) {
  const { load, reload } = usePageLoad(
    async () => {
      const result = await api['bodies:get']({ id: bodyId });
      return result.ok ? { ok: true as const, value: { body: result.value } } : result;
    },
    [bodyId],
  );
  useDocumentTitle(pageTitle('Inställningar', load.state === 'ready' ? load.body.shortName || load.body.name : null));

  return (
    <div className="page page-body">
      <a className="back-link" href={startHref}>
        <span aria-hidden="true">←</span> Alla möten
      </a>
      {load.state === 'loading' && <LoadingBlock text="Hämtar organet …" />}
      {load.state === 'error' && (
        <LoadFailure error={load.error} notFoundTitle="Organet finns inte" failedTitle="Organet kunde inte öppnas" onRetry={reload} />
      )}
      {load.state === 'ready' && <BodyEditor body={load.body} />}
    </div>
  );
}

/**
 * The loaded body: its heading and the sections, each saving on its own.
 * `data-body-state` on the view is the worst of the settings, the dates and
 * the roster (tests wait on it).
 */
function BodyEditor({ body }: { body: Body }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);
  const [title, setTitle] = useState(body.name);
  const [shortName, setShortName] = useState(body.shortName);
  const [dateStyle, setDateStyle] = useState<DateStyle>(body.dateStyle);
  const [plannedDates, setPlannedDates] = useState<PlannedDate[]>(body.plannedDates);
  const [settingsState, setSettingsState] = useState<BodySaveState>('saved');
  const [datesState, setDatesState] = useState<BodySaveState>('saved');
  const [rosterState, setRosterState] = useState<BodySaveState>('saved');
  const state = combineBodyStates([settingsState, datesState, rosterState]);
  useInvalidStatus(`body:${body.id}`, state === 'invalid');

  // The phrase library fills its examples from the saved settings ("ställer sig positivt").
  const [savedBody, setSavedBody] = useState(body);
  // The year's dates read the default times and place as saved (a small object: the roster is not re-rendered for it).
  const [calendarSettings, setCalendarSettings] = useState(() => yearDatesSettingsOf(body));
  const onSettingsSaved = useCallback((saved: Body) => {
    setCalendarSettings((prev) => {
      const next = yearDatesSettingsOf(saved);
      return (Object.keys(next) as (keyof typeof next)[]).every((k) => prev[k] === next[k]) ? prev : next;
    });
    // Only a change of the names or their form is news to the library; the roster below is not re-rendered for less.
    setSavedBody((prev) =>
      (['shortName', 'formalName', 'nameForm', 'definiteName'] as const).every((k) => prev[k] === saved[k]) ? prev : saved,
    );
    setTitle(saved.name);
    setShortName(saved.shortName);
    setDateStyle(saved.dateStyle);
  }, []);

  const today = localDate(new Date());
  const nextDate = [...plannedDates].map((d) => d.date).sort().find((d) => d >= today) ?? today;

  return (
    <div className="body-view" data-body-id={body.id} data-body-state={state}>
      <div className="page-head">
        <div className="body-title-row">
          <h1 ref={headingRef} tabIndex={-1} className="page-title">
            {title.trim() || 'Namnlöst organ'}
          </h1>
          {shortName.trim() && <span className="chip">{shortName.trim()}</span>}
        </div>
        <p className="page-lead">
          Inställningar, mötesdatum och ledamöter. Allt sparas medan du skriver.{' '}
          <BodyStateText state={state} />
        </p>
        <p className="body-archive-from-settings">
          <a href={archiveHref(body.id)}>Organets arkiv: alla möten och beslutslogg</a>
        </p>
      </div>

      <SettingsSection body={body} nextDate={nextDate} onSaved={onSettingsSaved} onState={setSettingsState} />
      <PlannedDatesSection
        bodyId={body.id}
        settings={calendarSettings}
        dates={plannedDates}
        dateStyle={dateStyle}
        onChange={setPlannedDates}
        onState={setDatesState}
      />
      <StandingItemsSettings body={body} />
      <RosterEditor body={body} onState={setRosterState} />
      <TemplateLibrary body={savedBody} />
      <DocxTemplateSection body={body} />
      <WordListSection bodyId={body.id} />
    </div>
  );
}
