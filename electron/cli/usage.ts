import { BACKUP_FOLDER_NAME } from '../services/storage/backup-files';
import { defaultDataDir } from './data-dir';

/** `anteckna help`: every command with its flags, in Swedish. */
export const USAGE = `Användning: anteckna <kommando> [flaggor]

Kommandon:
  demo [--db FIL]              Skapar databasen om den saknas, lägger in demodata
                               och skriver ut mötena som JSON.
  list [--db FIL]              Skriver ut organ och möten som JSON.
  tasks [--db FIL] [--open] [--owner NAMN]
                               Skriver ut alla organs uppdrag som JSON, försenade
                               först. --open: bara öppna; --owner: bara de vars
                               ansvarige har NAMN i namnet.
  export --meeting ID --format FORMAT --out FIL [--db FIL] [--force] [--template MALL.docx]
                               Exporterar mötesanteckningen till FIL. Format:
                               docx, pdf, pdfa, html eller json (mötesfil).
                               En befintlig fil skrivs bara över med --force.
                               Med --template tar DOCX organisationens egna
                               formatmallar från MALL.docx; utan --template
                               används organets sparade Wordmall, om det har en.
  export --meeting ID --format public-html|public-pdf --out FIL [--db FIL] [--force] [--redact-all]
                               Skriver den publicerade versionen av en justerad
                               mötesanteckning: webbsida eller taggad PDF där
                               personuppgifter som tagits bort i
                               publiceringskontrollen (och de som inte är
                               avgjorda) står som [uppgift borttagen]. Med
                               --redact-all tas alla fynd bort. Hur många som
                               togs bort skrivs på stderr.
  import --file FIL [--body ID] [--db FIL]
                               Läser in tidigare mötesanteckningar (.docx, .pdf,
                               .txt) som ett nytt justerat möte, i organet ID
                               eller i ett organ som skapas ur dokumentet, och
                               skriver ut { meetingId, review } där review är det
                               som behöver granskas. En mötesfil (.json) läses
                               in som den är.
  import --dir MAPP [--body ID] [--db FIL]
                               Läser in alla .docx-, .pdf- och .txt-filer i MAPP,
                               var för sig, och skriver ut en sammanfattning av
                               vad som lästes in, vad som behöver granskas och
                               vilka filer som inte gick att läsa.
  web  [--db FIL] [--port N] [--export-dir MAPP] [--keep-days N]
                               Startar Anteckna i webbläsaren på 127.0.0.1.
                               Port 0 (standard) väljer en ledig port. Exporterade
                               filer hamnar i MAPP, annars i mappen Export bredvid
                               databasen. Säkerhetskopior görs vid start och
                               sedan högst var tionde minut när något har ändrats,
                               i mappen ${BACKUP_FOLDER_NAME} bredvid databasen, och
                               sparas i N dagar (standard 30, eller
                               miljövariabeln ANTECKNA_BACKUP_DAYS).
  backup [--db FIL] [--out SÖKVÄG] [--force]
                               Gör en säkerhetskopia av databasen medan den kan
                               vara i bruk. Utan --out hamnar den i mappen
                               ${BACKUP_FOLDER_NAME}; är SÖKVÄG en mapp hamnar den där.
                               En befintlig fil skrivs bara över med --force.
  restore --from SÄKERHETSKOPIA [--db FIL]
                               Återställer databasen från en säkerhetskopia. Den
                               nuvarande databasen flyttas åt sidan (raderas
                               aldrig). Går inte medan Anteckna är igång.
  search [--db FIL] [--body KORTNAMN] [--from DATUM] [--to DATUM] [--limit N] FRÅGA
                               Söker i alla möten och skriver ut träffarna som
                               JSON: { total, tookMs, hits }, bäst först, mötets
                               träffar tillsammans. Ord hittas också inuti
                               sammansatta ord; "citattecken" söker en fras och
                               -ord utesluter. DATUM skrivs ÅÅÅÅ-MM-DD, N är 1–200
                               (standard 20).
  reindex [--db FIL]           Bygger om sökregistret för alla möten och skriver
                               ut hur många möten och hur lång tid det tog.
  teams --meeting ID --file RAPPORT.csv [--db FIL] [--apply]
                               Läser en närvarorapport från Teams och skriver ut
                               vem i rapporten som är vem av mötets kallade, som
                               JSON. --apply: markerar de säkra träffarna som med
                               på länk (med tid när någon kom sent eller gick
                               tidigt) och skriver ut vad som ändrades.
  kallelse --meeting ID --format docx|pdf --out FIL [--db FIL] [--force]
                               Skriver mötets kallelse till FIL: datum, tid, plats,
                               möteslänk, kallade, dagordningen med klockslag,
                               hur man anmäler förhinder och bilagorna. Är
                               dagordningen längre än mötet skrivs en varning.
                               En befintlig fil skrivs bara över med --force.
  handlingar --meeting ID --out FIL.pdf [--db FIL] [--force]
                               Skriver mötets handlingar till FIL.pdf: kallelsen
                               och sedan punkternas PDF-bilagor i dagordningens
                               ordning, med bokmärken. Bilagor som inte är PDF
                               nämns på stderr och finns inte med.
  calendar --body ID --out FIL.ics [--year ÅR] [--db FIL] [--force]
                               Skriver organets planerade möten under ett år som
                               en kalenderfil (.ics) med tid och plats, att läsa
                               in i Outlook eller en annan kalender. Utan --year:
                               första året efter i år som har planerade datum.
  invite --meeting ID --out FIL.eml [--db FIL] [--cancel] [--force]
                               Skriver kallelsen som e-postutkast (öppnas som nytt
                               meddelande i Outlook och Thunderbird) till alla
                               kallade med e-postadress, med kallelsen som PDF och
                               en kalenderinbjudan. Skriver ut mottagarna och vilka
                               som saknar adress. --cancel: ställer in mötet och
                               skriver en avbokning.
  archive --meeting ID --out MAPP [--db FIL] [--force]
                               Skriver arkivexemplaret av en justerad
                               mötesanteckning som en ny mapp i MAPP: PDF/A-2b,
                               DOCX, mötesfilen och metadata.json med SHA-256 för
                               varje fil. Skriver ut mappen och filerna som JSON.
                               En befintlig arkivmapp ersätts bara med --force.
  verify --file FIL [--db FIL]
                               Kontrollerar om FIL är en fil som Anteckna har
                               arkiverat eller publicerat, och skriver ut
                               resultatet som JSON. Slutkod 0: oförändrad,
                               3: ändrad (filen säger sig vara en utfärdad fil
                               men innehållet skiljer sig), 4: okänd.
  check --meeting ID [--db FIL]
                               Publiceringskontroll: skriver ut personuppgifter i
                               mötesanteckningen som JSON, en rad per fynd med
                               kind, text, itemId (punkten, null för mötets övriga
                               delar) och context: personnummer och
                               samordningsnummer med rätt kontrollsiffra,
                               telefonnummer, e-postadresser, gatuadresser, namn
                               som inte finns bland de kallade och ord om hälsa
                               eller sociala förhållanden intill ett namn.
  stavning --meeting ID [--db FIL]
                               Stavningskontroll av hela mötesanteckningen med
                               den svenska ordlistan: skriver ut varje okänt ord
                               som JSON med word, count (antal gånger), itemIds
                               (punkterna) och suggestions (förslag, det troligaste
                               först). Namn i ledamotslistan och bland de kallade
                               och orden i organets ordlista räknas som kända.
  send-review --meeting ID --out FIL.eml [--due ÅÅÅÅ-MM-DD] [--reviewer "Namn"]...
              [--db FIL] [--force]
                               Skriver e-postutkastet som skickar mötesanteckningen
                               för justering, med den som PDF och "Justera senast"
                               (--due). Mottagare: de namngivna justerarna, annars
                               mötets justerare; adressen tas från kallade eller
                               ledamotslistan. Sätter status För justering och
                               sparar versionen som skickades. Skriver ut
                               mottagarna och vilka som saknar adress.
  help                         Visar den här hjälpen.

Databasen: --db FIL, annars miljövariabeln ANTECKNA_DB, annars
anteckna.sqlite i ${defaultDataDir()}.
`;
