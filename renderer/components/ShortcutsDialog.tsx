import { CloseActions, Dialog } from '../review/Dialog';
import './shortcuts.css';

/** "Hjälp → Kortkommandon" (F1): the keys of the whole app in one list. */
const SHORTCUTS: { keys: string; what: string }[] = [
  { keys: 'Ctrl+K', what: 'Sök i alla möten (också / när du inte skriver i ett fält)' },
  { keys: 'Alt+L', what: 'Liveläge för mötet, och tillbaka till mötesvyn' },
  { keys: 'Alt+N', what: 'Närvaro' },
  { keys: 'Alt+→ / Alt+←', what: 'Nästa och föregående punkt i liveläget' },
  { keys: 'N, L, F, X', what: 'Närvarande, med på länk, förhinder, frånvarande (på närvarolistan)' },
  { keys: 'D, E', what: 'Kom senare eller gick tidigare, ersättare (på närvarolistan)' },
  { keys: 'Ctrl+Z', what: 'Ångra den senaste närvaroändringen (på närvarolistan)' },
  { keys: 'Ctrl+Alt+S', what: 'Infoga ställningstagande' },
  { keys: '/', what: 'Infoga block i anteckningarna (Inspel, Frågor och svar, Tabell …)' },
  { keys: 'Alt+F7', what: 'Nästa stavfel i anteckningarna, med förslag (Skift+F10 eller menytangenten vid ett understruket ord)' },
  { keys: 'Alt+Shift+→ / Alt+Shift+←', what: 'Öka och minska indraget i en lista (Tab och Shift+Tab gör det först i en punkt)' },
  { keys: 'Tab', what: 'Vidare till nästa fält, också från anteckningarna (Esc lämnar dem också)' },
  { keys: 'Ctrl+P', what: 'Skriv ut mötesanteckningen' },
  { keys: 'Ctrl+E', what: 'Exportera' },
  { keys: 'Alt+Shift+↑ / Alt+Shift+↓', what: 'Flytta en rad till föregående eller nästa punkt (när du granskar en import)' },
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Kortkommandon" onClose={onClose} className="shortcuts-dialog">
      {() => (
        <>
          <dl className="shortcuts-list">
            {SHORTCUTS.map((s) => (
              <div key={s.keys} className="shortcuts-row">
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{s.what}</dd>
              </div>
            ))}
          </dl>
          <CloseActions onClose={onClose} quiet={false} />
        </>
      )}
    </Dialog>
  );
}
