import { useRef } from 'react';
import { api } from '../api/client';
import { useFocusHeading } from '../app/useFocusHeading';
import { usePageLoad } from '../app/useLoad';
import { setFlash } from '../app/flash';
import { ErrorBanner } from '../components/Banner';
import { LoadingBlock } from '../components/LoadingBlock';
import { BackupFooter, StartupNotice } from '../views/BackupDialog';
import { BodyList } from './BodyList';
import { NewBodyButton } from './NewBodyForm';
import { pageTitle, useDocumentTitle } from '../app/pageTitle';
import { importHref } from '../app/router';

/** "Möten": every body with its current meetings, newest first, and a link to its archive. */
export function StartView() {
  const { load, reload } = usePageLoad(async () => {
    // Per body only the meetings the start page shows: with years of minutes, loading all of them would stall it.
    const [bodies, overview] = await Promise.all([api['bodies:list']({}), api['meetings:overview']({})]);
    if (!bodies.ok) return bodies;
    if (!overview.ok) return overview;
    return { ok: true, value: { bodies: bodies.value, overview: overview.value } };
  }, []);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useFocusHeading(headingRef, load.state === 'ready');
  useDocumentTitle(pageTitle('Möten'));

  return (
    <div className="page page-start">
      <div className="page-head page-head-row">
        <div>
          <h1 ref={headingRef} tabIndex={-1} className="page-title">
            Möten
          </h1>
          <p className="page-lead">Välj ett möte för att förbereda dagordningen eller anteckna.</p>
        </div>
        {load.state === 'ready' && (
          <div className="page-head-actions">
            <a className="button button-quiet" href={importHref()}>
              Importera mötesanteckningar…
            </a>
            <NewBodyButton />
          </div>
        )}
      </div>

      <StartupNotice />

      {load.state === 'loading' && <LoadingBlock text="Hämtar organ och möten …" />}

      {load.state === 'error' && (
        <ErrorBanner
          error={load.error}
          action={
            <button type="button" className="button button-small" onClick={reload}>
              Försök igen
            </button>
          }
        />
      )}

      {load.state === 'ready' && <BodyList bodies={load.bodies} overview={load.overview} />}

      <BackupFooter
        onRestored={(message) => {
          setFlash(message, window.location.hash);
          reload();
        }}
      />
    </div>
  );
}
