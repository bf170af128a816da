import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { CheckChoice } from '../components/CheckChoice';
import type { Body, DocumentLink, MeetingSummary } from '../../shared/model/domain';
import { formatLongDate } from '../../shared/format/date';
import {
  earlierMeetings,
  minutesFileUrl,
  minutesLinkTitle,
  minutesPublishing,
  allMinutesLink,
  previousMinutesLinks,
  withAddedLinks,
} from '../../shared/model/previous-minutes';
import { api } from '../api/client';
import { bodyHref } from '../app/router';
import { count } from '../app/text';
import { SwedishForm } from '../components/InlineForm';
import { LiveText } from '../components/LiveText';
import { CloseActions, Dialog } from '../review/Dialog';
import { toggled } from '../body/NewFromPreviousDialog';
import './previous-minutes.css';

/** How many earlier meetings are offered, and how many of them are chosen at first. */
const OFFERED = 10;
const CHOSEN = 3;

interface Props {
  /** The meeting the item belongs to: its body's earlier meetings are offered. */
  meeting: { id: number; date: string; bodyId: number };
  links: readonly DocumentLink[];
  /** The item's links with the chosen ones added (saved and undone as any link edit). */
  onAdd: (links: DocumentLink[]) => void;
  /** On the standing item "Föregående mötesanteckning" the button is a main action, not a small one. */
  prominent: boolean;
  /** "punkt 3", read out in the button's name. */
  number: string;
}

/** "Lägg till tidigare mötesanteckningar…" and its dialog. */
export function PreviousMinutesButton({ meeting, links, onAdd, prominent, number }: Props) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={prominent ? 'button previous-minutes-button is-prominent' : 'button button-small previous-minutes-button'}
        onClick={() => {
          setDone('');
          setOpen(true);
        }}
      >
        Lägg till tidigare mötesanteckningar…<span className="visually-hidden"> under punkt {number}</span>
      </button>
      <LiveText text={done} />
      {open && (
        <PreviousMinutesDialog
          meeting={meeting}
          links={links}
          returnFocus={buttonRef}
          onClose={() => setOpen(false)}
          onAdd={(added) => {
            const next = withAddedLinks(links, added);
            const n = next.length - links.length;
            if (n > 0) onAdd(next);
            setDone(n > 0 ? `${count(n, 'länk', 'länkar')} lades till under punkt ${number}.` : 'Länkarna fanns redan under punkten.');
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; body: Body; earlier: MeetingSummary[] };

function PreviousMinutesDialog({
  meeting,
  links,
  returnFocus,
  onClose,
  onAdd,
}: {
  meeting: Props['meeting'];
  links: readonly DocumentLink[];
  returnFocus: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
  onAdd: (links: DocumentLink[]) => void;
}) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const { id, date, bodyId } = meeting;
  const contentRef = useRef<HTMLDivElement>(null);

  // The dialog opened on its loading line; once the choices are there, focus goes to the first (see useModalDialog).
  useEffect(() => {
    if (load.state !== 'loading') contentRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [load.state]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      // The body afresh: its publishing settings may have changed since the meeting was opened.
      const [body, list] = await Promise.all([api['bodies:get']({ id: bodyId }), api['meetings:list']({ bodyId })]);
      if (cancelled) return;
      if (!body.ok) setLoad({ state: 'error', message: body.error.message });
      else if (!list.ok) setLoad({ state: 'error', message: list.error.message });
      else setLoad({ state: 'ready', body: body.value, earlier: earlierMeetings(list.value, { id, date }).slice(0, OFFERED) });
    })();
    return () => {
      cancelled = true;
    };
  }, [id, date, bodyId]);

  return (
    <Dialog title="Lägg till tidigare mötesanteckningar" onClose={onClose} className="previous-minutes-dialog" returnFocus={returnFocus}>
      {() => (
        <div ref={contentRef}>
          {load.state === 'ready' ? (
            <PreviousMinutesForm body={load.body} earlier={load.earlier} links={links} onAdd={onAdd} onClose={onClose} />
          ) : load.state === 'error' ? (
            <>
              <p className="field-error" role="alert">
                {load.message}
              </p>
              <CloseActions onClose={onClose} quiet={false} />
            </>
          ) : (
            <p className="loading" aria-busy="true">
              <span className="spinner" aria-hidden="true" /> Hämtar organets tidigare möten …
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}

function PreviousMinutesForm({
  body,
  earlier,
  links,
  onAdd,
  onClose,
}: {
  body: Body;
  earlier: readonly MeetingSummary[];
  links: readonly DocumentLink[];
  onAdd: (links: DocumentLink[]) => void;
  onClose: () => void;
}) {
  const baseId = useId();
  const publishing = minutesPublishing(body);
  const present = new Set(links.map((l) => l.url));
  const page = allMinutesLink(body);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(earlier.slice(0, CHOSEN).map((m) => m.id)));
  const [withPage, setWithPage] = useState(page !== null && !present.has(page.url));
  const settings = (
    <a href={bodyHref(body.id)} data-autofocus={!publishing.files && !publishing.page ? true : undefined}>
      organets inställningar
    </a>
  );

  if (!publishing.files && !publishing.page) {
    return (
      <>
        <p className="dialog-lead" data-previous-minutes="unset">
          Anteckna vet inte var {body.shortName.trim() || 'organet'} publicerar sina mötesanteckningar. Fyll i webbsidan med alla
          mötesanteckningar, och gärna adressen till ett mötes anteckning, under ”Var mötesanteckningarna publiceras” i {settings}.
        </p>
        <CloseActions onClose={onClose} />
      </>
    );
  }

  const picked = earlier.filter((m) => chosen.has(m.id));
  // Focus starts on the first choice that can still be made (a link already there is shown but cannot be).
  const firstOpen = publishing.files ? earlier.find((m) => !present.has(minutesFileUrl(body, m) ?? '')) : undefined;
  const pageFirst = !firstOpen && page !== null && !present.has(page.url);
  const adding = previousMinutesLinks(body, picked, withPage).filter((l) => !present.has(l.url));

  return (
    <SwedishForm className="dialog-form" label="Länkar att lägga till" onSubmit={() => onAdd(adding)}>
      {publishing.files ? (
        <fieldset className="previous-minutes-group">
          <legend>Tidigare möten</legend>
          {earlier.length === 0 ? (
            <p className="muted">Organet har inga möten före detta.</p>
          ) : (
            <ul className="previous-minutes-list">
              {earlier.map((m) => {
                const url = minutesFileUrl(body, m) ?? '';
                const there = present.has(url);
                return (
                  <li key={m.id}>
                    <CheckChoice
                      checked={there || chosen.has(m.id)}
                      disabled={there}
                      autofocus={m === firstOpen}
                      onToggle={(on) => setChosen((s) => toggled(s, m.id, on))}
                      label={minutesLinkTitle(body, m)}
                      detailClassName="previous-minutes-detail"
                      detail={`${formatLongDate(m.date)}${there ? ', finns redan under punkten' : ''}`}
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </fieldset>
      ) : (
        <p className="previous-minutes-note" id={`${baseId}-no-pattern`}>
          Organet har ingen adress för ett mötes anteckning, så bara länken till sidan med alla läggs till. Adressen fylls i under
          ”Var mötesanteckningarna publiceras” i {settings}.
        </p>
      )}
      {page && (
        <label className="choice previous-minutes-page">
          <input
            type="checkbox"
            checked={withPage || present.has(page.url)}
            disabled={present.has(page.url)}
            data-autofocus={pageFirst || undefined}
            onChange={(e) => setWithPage(e.target.checked)}
          />
          <span>
            Länk till alla mötesanteckningar
            <span className="previous-minutes-detail">
              {page.title}
              {present.has(page.url) && ', finns redan under punkten'}
            </span>
          </span>
        </label>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" data-autofocus={(!firstOpen && !pageFirst) || undefined}>
          {adding.length > 0 ? `Lägg till ${count(adding.length, 'länk', 'länkar')}` : 'Lägg till'}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Avbryt
        </button>
      </div>
    </SwedishForm>
  );
}
