import { useRef } from 'react';
import type { Finding } from '../../shared/publication/findings';
import { Dialog } from '../review/Dialog';
import { FormError } from '../components/Field';
import { FindingCard } from './FindingCard';
import { decidedText, groupByPlace, remainingKeys } from './publicationModel';
import { usePublication, type PublicFormat } from './usePublication';

const FORMAT_LABEL: Record<PublicFormat, string> = { html: 'webbsida (HTML)', pdf: 'PDF' };

/**
 * The publication check of approved minutes: the personal data found, by
 * place, each kept, removed or rewritten, and the public version saved from
 * those decisions (what is not decided is removed too).
 */
export function PublicationBoard({ meetingId, initialFindings }: { meetingId: number; initialFindings: readonly Finding[] }) {
  const publication = usePublication(meetingId, initialFindings);
  const { findings, exported } = publication;
  const remaining = remainingKeys(findings).length;
  const saveRef = useRef<HTMLButtonElement>(null);
  const busy = exported.kind === 'saving';

  return (
    <div className="publication" data-publication-state={publication.saving ? 'saving' : 'saved'}>
      {findings.length === 0 ? (
        <p className="publication-none">Inga personuppgifter hittades.</p>
      ) : (
        <section aria-labelledby="publication-findings-title">
          <h2 id="publication-findings-title">Personuppgifter att ta ställning till</h2>
          <p className="publication-lead">
            Välj för varje uppgift om den ska stå kvar, tas bort eller skrivas om i den publicerade versionen. Det som tas bort står som
            [uppgift borttagen]; mötesanteckningen ändras inte.
          </p>
          <div className="publication-summary">
            <p className="publication-count" data-decided={findings.length - remaining} data-total={findings.length}>
              {decidedText(findings)}
            </p>
            <button
              type="button"
              className="button button-small"
              aria-disabled={remaining === 0 || publication.saving || undefined}
              onClick={() => remaining > 0 && !publication.saving && void publication.removeRemaining()}
            >
              Ta bort alla återstående
            </button>
          </div>
          <FormError error={publication.bulkError} />
          {groupByPlace(findings).map((group, index) => (
            <section key={group.key} className="publication-group" aria-labelledby={`publication-group-${index}`}>
              <h3 id={`publication-group-${index}`}>{group.where}</h3>
              <ul className="finding-list">
                {group.findings.map((finding) => (
                  <FindingCard
                    key={finding.key}
                    finding={finding}
                    error={publication.errors.get(finding.key)}
                    choosingRewrite={publication.rewriting.has(finding.key)}
                    onChooseRewrite={publication.chooseRewrite}
                    onDecide={publication.decide}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}

      <section className="publication-export" aria-labelledby="publication-export-title">
        <h2 id="publication-export-title">Spara publicerad version</h2>
        {remaining > 0 && (
          <p className="publication-remaining">
            {remaining === 1 ? '1 uppgift är inte avgjord och' : `${remaining} uppgifter är inte avgjorda och`} tas bort i den publicerade versionen.
          </p>
        )}
        <div className="publication-buttons">
          {(['html', 'pdf'] as const).map((format) => (
            <button
              key={format}
              ref={format === 'html' ? saveRef : undefined}
              type="button"
              className="button"
              data-public-format={format}
              aria-disabled={busy || undefined}
              onClick={() => busy || void publication.save(format, false)}
            >
              Spara som {FORMAT_LABEL[format]}
            </button>
          ))}
        </div>
        <div className="publication-status" role="status" aria-live="polite">
          {exported.kind === 'saving' && <span>Sparar {FORMAT_LABEL[exported.format]} …</span>}
          {exported.kind === 'saved' && (
            <span className="publication-saved" data-public-path={exported.path}>
              {exported.text}
            </span>
          )}
        </div>
        {exported.kind === 'error' && <FormError error={exported.message} />}
      </section>

      {exported.kind === 'confirm' && (
        <Dialog
          title="Filen finns redan. Vill du ersätta den?"
          lead={`Det finns redan en publicerad ${FORMAT_LABEL[exported.format]} med samma namn i exportmappen.`}
          onClose={publication.cancelExport}
          returnFocus={saveRef}
        >
          {() => (
            <div className="dialog-actions">
              <button type="button" className="button button-primary" onClick={() => void publication.save(exported.format, true)}>
                Ersätt filen
              </button>
              <button type="button" className="button button-quiet" data-autofocus onClick={publication.cancelExport}>
                Avbryt
              </button>
            </div>
          )}
        </Dialog>
      )}
    </div>
  );
}
