import type { SnippetPart, SearchHit } from '../../shared/search/schema';
import { formatLongDate } from '../../shared/format/date';
import { foundHref } from '../app/router';
import { StatusPill } from '../components/StatusPill';
import { CancelledPill } from '../invite/CancelledPill';
import { foundWords, groupByMeeting, hitLabel } from './searchModel';

/** The words around a hit, the searched words marked: plain text parts, never HTML. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <p className="search-snippet">
      {parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

/** The hits under a heading per meeting: body, date, title and status, then each hit as a link to it. */
export function SearchResults({ hits, words, text }: { hits: SearchHit[]; words: string[]; text: string }) {
  const marked = foundWords(words, text);
  let index = 0;
  return (
    <div className="search-groups">
      {groupByMeeting(hits).map((group) => {
        const headingId = `sok-mote-${group.meetingId}`;
        return (
          <section key={group.meetingId} className="search-group" aria-labelledby={headingId} data-search-meeting={group.meetingId}>
            <h2 id={headingId} className="search-group-heading">
              <span className="search-group-body">{group.body}</span> <span className="search-group-date">{formatLongDate(group.date)}</span>{' '}
              <span className="search-group-title">{group.meetingTitle}</span> <StatusPill status={group.status} /> <CancelledPill cancelledAt={group.cancelledAt} />
            </h2>
            <ol className="search-hits">
              {group.hits.map((hit) => {
                const at = index++;
                return (
                  <li key={`${hit.itemId ?? 'm'}:${at}`} className="search-hit" data-hit-index={at}>
                    <a className="search-hit-link" href={foundHref(hit.meetingId, hit.itemId, marked)}>
                      {hitLabel(hit)}
                    </a>
                    {hit.where && <span className="search-hit-where"> i {hit.where}</span>}
                    <Snippet parts={hit.parts} />
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

/** What usually helps when nothing was found (the count above says "Inga träffar för …"). */
export function NoHitsAdvice({ filtered }: { filtered: boolean }) {
  return (
    <div className="search-empty" data-search-empty="">
      <p className="search-empty-lead">Det kan hjälpa att</p>
      <ul className="search-empty-advice">
        <li>söka på färre ord, eller på en del av ett ord (”avtal” hittar också ”samverkansavtalet”)</li>
        {filtered ? <li>ta bort eller ändra filtren under ”Begränsa sökningen”</li> : <li>prova ett annat ord med samma innebörd</li>}
      </ul>
    </div>
  );
}
