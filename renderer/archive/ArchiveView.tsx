import { useRef } from 'react';
import { api } from '../api/client';
import { bodyHref, importHref, startHref } from '../app/router';
import { usePageLoad } from '../app/useLoad';
import { useFocusHeading } from '../app/useFocusHeading';
import { pageTitle, useDocumentTitle } from '../app/pageTitle';
import { LoadFailure } from '../components/LoadFailure';
import { LoadingBlock } from '../components/LoadingBlock';
import { ArchiveMeetingList } from './ArchiveMeetingList';
import { YearLogSection } from './YearLogSection';
import { YearNav } from './YearNav';
import { VerifyPdf } from './VerifyPdf';
import './archive.css';

/**
 * A body's archive (#/body/<id>/arkiv[/<år>]): its years with their counts,
 * one year's meetings at a time (newest year first), and that year's log.
 * `data-archive-state` is `ready` once the year asked for is shown.
 */
export function ArchiveView({ bodyId, year }: { bodyId: number; year: number | null }) {
  const { load, reload } = usePageLoad(async () => {
    const result = await api['archive:year']({ bodyId, year });
    return result.ok ? { ok: true as const, value: { page: result.value } } : result;
  }, [bodyId, year]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Moving to another year keeps the last one on screen until it arrives: it is ready only when it is the year asked for.
  const page = load.state === 'ready' ? load.page : null;
  const current = page !== null && (year === null || page.year === year);
  useFocusHeading(headingRef, page !== null);
  const bodyName = page ? page.body.shortName || page.body.name : null;
  useDocumentTitle(pageTitle(page?.year ? `Arkiv ${page.year}` : 'Arkiv', bodyName));

  return (
    <div className="page page-archive" data-archive-state={load.state === 'error' ? 'error' : current ? 'ready' : 'loading'}>
      <a className="back-link" href={startHref}>
        <span aria-hidden="true">←</span> Alla möten
      </a>
      {load.state === 'loading' && <LoadingBlock text="Hämtar arkivet …" />}
      {load.state === 'error' && (
        <LoadFailure error={load.error} notFoundTitle="Organet finns inte" failedTitle="Arkivet kunde inte öppnas" onRetry={reload} />
      )}
      {page && (
        <>
          <div className="page-head">
            <h1 ref={headingRef} tabIndex={-1} className="page-title">
              Arkiv: {page.body.name}
            </h1>
            <p className="page-lead">
              Organets möten år för år, och årets beslutslogg för verksamhetsberättelsen.{' '}
              <a href={bodyHref(page.body.id)}>Inställningar för organet</a> ·{' '}
              <a href={importHref(page.body.id)}>Importera mötesanteckningar…</a>
            </p>
          </div>
          <VerifyPdf />
          {page.year === null ? (
            <p className="muted archive-empty">Organet har inga möten ännu.</p>
          ) : (
            <div className="archive-layout">
              <YearNav bodyId={page.body.id} years={page.years} current={page.year} />
              <div className="archive-year-page">
                <section className="card archive-meetings-card" aria-labelledby="archive-year-title">
                  <h2 id="archive-year-title" className="archive-section-title">
                    Möten {page.year}
                  </h2>
                  <ArchiveMeetingList key={page.year} year={page.year} meetings={page.meetings} />
                </section>
                <YearLogSection key={page.year} body={page.body} year={page.year} log={page.log} />
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}
