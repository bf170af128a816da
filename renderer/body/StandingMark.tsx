import { useEffect, useRef, useState } from 'react';
import type { AgendaItem, Body } from '../../shared/model/domain';
import { findStandingItem, standingTitleKey } from '../../shared/model/standing-agenda';
import { api } from '../api/client';
import { bodyHref } from '../app/router';
import { PLACEMENT_LABELS, add, placementInMeeting, refusalText } from './standingItemsOps';
import './standing.css';

const byPosition = (a: AgendaItem, b: AgendaItem) => a.position - b.position || a.id - b.id;

/** The item's sub-items as the standing item's a), b) …: titled, each once, at most 26. */
function subTitles(agenda: readonly AgendaItem[], item: AgendaItem): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const child of agenda.filter((i) => i.parentId === item.id).sort(byPosition)) {
    const title = child.title.trim();
    const key = standingTitleKey(title);
    if (title === '' || seen.has(key) || out.length >= 26) continue;
    seen.add(key);
    out.push(title);
  }
  return out;
}

/**
 * "Stående punkt" in a meeting item's fields: whether the item comes along
 * to the next meeting. Only the body's list decides that (an item renamed or
 * added in one meeting does not travel), so an item that is not on it says so
 * and can be added to the list from here.
 */
export function StandingMark({ item, body, meetingId }: { item: AgendaItem; body: Body; meetingId: number }) {
  const [standing, setStanding] = useState(body.standingItems);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [told, setTold] = useState('');
  const linkRef = useRef<HTMLAnchorElement>(null);
  // The button is gone once the item is on the list: focus goes to what took its place.
  useEffect(() => {
    if (told) linkRef.current?.focus();
  }, [told]);
  const title = item.title.trim();
  const onList = findStandingItem(standing, title);

  const addToBody = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    // The list and the agenda as stored now: the list may have changed in the settings, and the
    // agenda (items added or moved) since this view was drawn.
    const [fresh, meeting] = await Promise.all([api['bodies:get']({ id: body.id }), api['meetings:get']({ id: meetingId })]);
    if (!fresh.ok || !meeting.ok) {
      setBusy(false);
      setError(!fresh.ok ? fresh.error.message : !meeting.ok ? meeting.error.message : '');
      return;
    }
    const current = fresh.value.standingItems;
    const agenda = meeting.value.agenda;
    if (findStandingItem(current, title)) {
      setBusy(false);
      setStanding(current);
      return;
    }
    const placement = placementInMeeting(agenda, item, current);
    const saved = await api['bodies:setStandingItems']({
      id: body.id,
      items: add(current, { title, children: subTitles(agenda, item), placement }),
    });
    setBusy(false);
    if (saved.ok) {
      setStanding(saved.value.standingItems);
      setTold(`”${title}” finns nu bland organets stående punkter (${PLACEMENT_LABELS[placement].toLowerCase()}) och kommer med till nästa möte.`);
    } else {
      setError(refusalText(saved.error.message));
    }
  };

  const settingsLink = (
    <a ref={linkRef} href={bodyHref(body.id)} className="standing-mark-link">
      Organets stående punkter
    </a>
  );

  return (
    <>
      {onList ? (
        <p className="standing-mark is-carried" data-standing-mark="carried">
          <span className="standing-mark-text">Stående punkt: kommer med till nästa möte.</span>
          {settingsLink}
        </p>
      ) : (
        <div className={`standing-mark${item.standing ? ' is-left' : ''}`} data-standing-mark="left">
          <span className="standing-mark-text">
            {item.standing
              ? 'Stående punkt i det här mötet, men inte bland organets stående punkter: kommer inte med till nästa möte.'
              : 'Kommer inte med till nästa möte.'}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={title === ''}
            aria-disabled={busy || undefined}
            title={title === '' ? 'Ge punkten en rubrik först.' : undefined}
            onClick={() => void addToBody()}
          >
            {busy ? 'Lägger till …' : 'Lägg till i organets stående punkter'}
          </button>
          {settingsLink}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {told}
      </p>
    </>
  );
}
