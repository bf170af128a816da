import { useId } from 'react';
import type { BodySettings } from '../../shared/model/domain';
import { allMinutesLink, MINUTES_PLACEHOLDERS, minutesFileUrl, minutesLinkTitle } from '../../shared/model/previous-minutes';
import { LabelledInput } from '../components/LabelledInput';
import './minutes-publishing.css';

/** Where the body publishes its minutes, saved with the body's other settings. */
export type MinutesPublishingField = 'minutesPageUrl' | 'minutesFilePattern';

export const MINUTES_PUBLISHING_FIELDS: readonly MinutesPublishingField[] = ['minutesPageUrl', 'minutesFilePattern'];

/** The element the "Föregående mötesanteckning" dialog links to when the settings are missing. */
export const MINUTES_PUBLISHING_ANCHOR = 'publicering';

interface Props {
  draft: BodySettings;
  errors: Partial<Record<MinutesPublishingField, string>>;
  /** The date the examples are made for (the body's next meeting). */
  exampleDate: string;
  onChange: (field: MinutesPublishingField, value: string, delayMs: number) => void;
  onLeave: (field: MinutesPublishingField) => void;
}

/**
 * "Var mötesanteckningarna publiceras": the web page with all of the body's
 * minutes and the pattern of one meeting's file, from which the standing item
 * "Föregående mötesanteckning" gets its links. Each field shows the link it
 * makes.
 */
export function MinutesPublishingSettings({ draft, errors, exampleDate, onChange, onLeave }: Props) {
  const baseId = useId();
  const example = { id: 0, date: exampleDate, title: '' };
  const fileUrl = errors.minutesFilePattern ? null : minutesFileUrl(draft, example);
  const page = errors.minutesPageUrl ? null : allMinutesLink(draft);

  const field = (name: MinutesPublishingField) => ({
    id: `${baseId}-${name}`,
    name,
    value: draft[name],
    error: errors[name],
    spellCheck: false,
    inputMode: 'url' as const,
    onChange: (e: { target: { value: string } }) => onChange(name, e.target.value, 700),
    onBlur: () => onLeave(name),
    onKeyDown: (e: { key: string }) => {
      if (e.key === 'Enter') onLeave(name);
    },
  });

  return (
    <div id={MINUTES_PUBLISHING_ANCHOR} className="minutes-publishing" role="group" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`} className="layout-settings-title">
        Var mötesanteckningarna publiceras
      </h3>
      <p className="layout-settings-lead">
        Används av punkten Föregående mötesanteckning: där kan du lägga till länkar till de senaste anteckningarna och till sidan
        med alla. Lämna tomt om organet inte publicerar sina anteckningar.
      </p>
      <div className="minutes-publishing-fields">
        <LabelledInput
          {...field('minutesPageUrl')}
          className="is-wide"
          label="Webbsida med alla mötesanteckningar"
          placeholder="https://www.exempel.se/motesanteckningar"
          describedBy={`${baseId}-page-example`}
          after={
            <span id={`${baseId}-page-example`} className="layout-example" data-minutes-example="page">
              {page ? `Länken blir: ${page.title}` : draft.minutesPageUrl.trim() === '' && 'Till exempel https://www.exempel.se/motesanteckningar'}
            </span>
          }
        />
        <LabelledInput
          {...field('minutesFilePattern')}
          className="is-wide"
          label="Adress till ett mötes anteckning"
          placeholder="https://www.exempel.se/dokument/{datum} Mötesanteckning {organ}.pdf"
          describedBy={`${baseId}-pattern-help ${baseId}-pattern-example`}
          after={
            <>
              <span id={`${baseId}-pattern-help`} className="minutes-publishing-help">
                Skriv adressen som den ser ut för ett möte, med platshållare där den ändras:{' '}
                {MINUTES_PLACEHOLDERS.map((p, i) => (
                  <span key={p.name}>
                    {i > 0 && ', '}
                    <code>{`{${p.name}}`}</code> {p.means}
                  </span>
                ))}
                . Mellanslag och å, ä, ö skrivs om så att länken fungerar.
              </span>
              <span id={`${baseId}-pattern-example`} className="layout-example" data-minutes-example="file">
                {fileUrl ? (
                  <>
                    Länken blir: {minutesLinkTitle(draft, example)} <span className="minutes-publishing-url">{fileUrl}</span>
                  </>
                ) : (
                  draft.minutesFilePattern.trim() === '' && 'Utan adress läggs bara länken till sidan med alla anteckningar till.'
                )}
              </span>
            </>
          }
        />
      </div>
    </div>
  );
}
