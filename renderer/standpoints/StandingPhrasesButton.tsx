import { useState } from 'react';
import type { Body, Meeting } from '../../shared/model/domain';
import { fillTemplate } from '../../shared/standpoints/templates';
import { templateContext } from './context';
import { standingFills } from './standing';
import { standpointStore, templateCache } from './store';

/**
 * "Fyll i standardfraser": one action that sets the standing items' phrases
 * (agenda approved, no remarks on the previous minutes, no other questions)
 * where their standpoint is still empty.
 */
export function StandingPhrasesButton({ meeting, body }: { meeting: Meeting; body: Body }) {
  const [message, setMessage] = useState('');
  const disabled = meeting.status === 'approved';

  const fill = async () => {
    let state = templateCache.get(body.id);
    if (state.status === 'loading') {
      await templateCache.load(body.id);
      state = templateCache.get(body.id);
    }
    const templates = state.status === 'ready' ? state.templates : [];
    const fills = standingFills(
      meeting.agenda,
      templates,
      (item) => standpointStore.get(meeting.id, item.id)?.text ?? item.standpoint,
    );
    for (const { itemId, text } of fills) {
      standpointStore.set(meeting.id, itemId, fillTemplate(text, templateContext(body, meeting, '')).text, {
        immediate: true,
      });
    }
    setMessage(
      fills.length === 0
        ? 'Standardfraserna var redan ifyllda.'
        : `${fills.length} ${fills.length === 1 ? 'standardfras ifylld' : 'standardfraser ifyllda'}.`,
    );
  };

  return (
    <span className="standing-phrases">
      <button
        type="button"
        className="button standing-phrases-button"
        onClick={() => void fill()}
        disabled={disabled}
        data-action="fill-standing-phrases"
        title="Godkänd agenda, inga synpunkter på föregående mötesanteckning, inga övriga frågor"
      >
        Fyll i standardfraser
      </button>
      <span className="standing-phrases-status" role="status" data-standing-status={message ? 'done' : ''}>
        {message}
      </span>
    </span>
  );
}
