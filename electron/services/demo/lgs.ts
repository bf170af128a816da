import type { NewBody, NewMeeting } from '../../../shared/model/new-meeting';
import { bold, bulletList, heading, italic, link, notes, numberedList, paragraph, table } from '../../../shared/notes/build';
import {
  absent,
  calledFromRoster,
  demoStandingItems,
  excused,
  guest,
  invitee,
  item,
  standing,
  leftEarly,
  person,
  present,
  presenter,
  remote,
  substitutedBy,
} from './helpers';

/**
 * A management group modelled on real "Minnesanteckningar": ISO dates,
 * members with long titles, attendance in blocks (Närvarande / Förhindrade /
 * Inbjudna), standpoints at the end of each item and gathered again in a
 * closing summary. Everything here is invented.
 */

const WEB = 'https://vardsamverkan.norrvik.example';

export function lgsBody(): NewBody {
  return {
    name: 'Ledningsgrupp för samverkan i Norrvik',
    shortName: 'LGS-N',
    formalName: 'LGS-N',
    documentTitle: 'Minnesanteckningar',
    defaultPlace: '',
    defaultMeetingForm: 'Digitalt',
    defaultStartTime: '09.00',
    defaultEndTime: '12.00',
    dateStyle: 'iso',
    standpointPlacement: 'endOfItem',
    summaryOfStandpoints: true,
    attendanceStyle: 'blocks',
    personDetailOrder: 'titleOrganisation',
    // "LGS-N ställer sig positiva": the group speaks as its members.
    nameForm: 'plural',
    definiteName: 'Ledningsgruppen',
    minutesPageUrl: `${WEB}/lgs-n/minnesanteckningar`,
    minutesFilePattern: `${WEB}/lgs-n/{datum}-minnesanteckningar.pdf`,
    secretaryEmail: 'jenny.forslund@norrvik.example',
    standingItems: demoStandingItems(
      'Föregående minnesanteckningar',
      'Sammanfattning av frågor som diskuterats, ställningstaganden och hur frågorna hanteras vidare',
    ),
    plannedDates: [
      { date: '2026-11-12', note: 'Digitalt' },
      { date: '2027-01-28', note: 'Halvdag, digitalt' },
      { date: '2027-03-25', note: 'Halvdag på plats, Vårdcentrum Norrvik' },
      { date: '2027-05-27', note: 'Halvdag, digitalt' },
      { date: '2027-09-23', note: 'Halvdag på plats, Vårdcentrum Norrvik' },
      { date: '2027-11-25', note: 'Halvdag, digitalt' },
    ],
    sides: [
      {
        name: 'Kommun',
        categories: [
          {
            name: 'Ledamöter',
            members: [
              person('Cecilia Hammar', {
                title: 'Förvaltningsdirektör, Äldre samt vård- och omsorgsförvaltningen, Norrviks stad',
                role: 'ordforande',
              }),
              person('Petra Alm', { title: 'T.f. avdelningschef myndighet/socialpsykiatri, Förvaltningen för funktionsstöd, Norrviks stad' }),
              person('Johan Wikström', { title: 'Avdelningschef, Hälso- och sjukvård, Norrviks stad' }),
              person('Malin Ek', { title: 'Socialchef, Skärviks kommun' }),
              person('Ingrid Lundgren', { title: 'Förvaltningschef, Vård och omsorg, Bergsunds kommun' }),
              person('Tomas Hedlund', { title: 'Förvaltningsdirektör, Individ- och familjeomsorg, Norrvik Väster' }),
              person('Karin Sjöberg', { title: 'Verksamhetschef enligt HSL, Grundskoleförvaltningen, Norrviks stad' }),
              person('Lena Mårtensson', { title: 'Planeringsledare, Kustregionen, Social välfärd', role: 'adjungerad' }),
            ],
          },
        ],
      },
      {
        name: 'Region',
        categories: [
          {
            name: 'Ledamöter',
            members: [
              person('Anna Falk', { title: 'Primärvårdschef, Område 5, Närvården Norrvik', role: 'vice_ordforande' }),
              person('Erik Holmberg', { title: 'Primärvårdschef, Område 4, Närvården Norrvik' }),
              person('Fredrik Berg', { title: 'Verksamhetschef, Akutmottagningen, Sjukhusen i Norrvik' }),
              person('Sofia Nygren', { title: 'Områdeschef, Område 3, Universitetssjukhuset Norrvik' }),
              person('Magnus Lindgren', { title: 'Verksamhetschef, Vårdcentralen Hamnen, privat primärvård' }),
              person('Hanna Öberg', { title: 'Avdelningschef, Koncernstab strategisk hälso- och sjukvård, Region Norrvik' }),
              person('David Persson', { title: 'Chefläkare, Kvartersvården Norrvik, privat primärvård' }),
              person('Ylva Sandström', { title: 'Regionområdeschef, barnläkare, Specialiserad barn- och ungdomsmedicin' }),
              person('Rebecka Nord', { title: 'Verksamhetschef, Habilitering vuxen, Region Norrvik' }),
              person('Gunilla Wester', { title: 'Tandvårdschef, Allmäntandvården, Region Norrvik' }),
              person('Oscar Blom', { title: 'Chefläkare, Sjukhusledningen, Universitetssjukhuset Norrvik' }),
            ],
          },
        ],
      },
      {
        name: 'Samverkanskontoret',
        categories: [
          {
            name: 'Administration',
            members: [person('Jenny Forslund', { title: 'Samordningsansvarig processledare, LGS-N', role: 'sekreterare' })],
          },
        ],
      },
    ],
  };
}

export function lgsMeeting(body: NewBody): NewMeeting {
  return {
    title: 'Minnesanteckningar',
    subtitle: body.name,
    date: '2026-11-12',
    startTime: '09.00',
    endTime: '12.00',
    meetingForm: 'Digitalt',
    place: '',
    calledText: '',
    diaryNumber: '',
    status: 'review',
    openedAt: '09.02',
    secretaryName: 'Jenny Forslund',
    calledPersons: [
      ...calledFromRoster(
        body,
        {
          'Hanna Öberg': remote,
          'Anna Falk': excused,
          'Ingrid Lundgren': excused,
          'Tomas Hedlund': excused,
          'Rebecka Nord': excused,
          'Gunilla Wester': excused,
          'Karin Sjöberg': absent('hade ej fått kallelsen'),
          'Ylva Sandström': leftEarly('10.30'),
          'Erik Holmberg': substitutedBy('Lisa Ahlström'),
        },
        present,
      ),
      invitee('Therese Ahl', 'Processledare, TG Äldre och rehabilitering/habilitering', present),
      invitee('Bengt Sundin', 'Lokalt processtöd vårdsamverkan, Universitetssjukhuset Norrvik, UG SAMPLAN', present),
    ],
    agenda: [
      standing('Mötets öppnande', {
        notes: notes(paragraph('Cecilia Hammar inleder och hälsar välkommen.')),
        children: [
          standing('närvaro/presentation', {
            notes: notes(paragraph('Presentationsrunda, eftersom vi har två nya ledamöter: Malin Ek och Magnus Lindgren.')),
          }),
          standing('övriga frågor', { standpoint: 'Två övriga frågor anmäldes, se punkt 12.' }),
        ],
      }),
      standing('Godkännande av dagens agenda', { standpoint: 'Dagens agenda godkändes med två övriga frågor.' }),
      standing('Föregående minnesanteckningar', {
        links: [
          { title: '2026-09-24 Minnesanteckningar LGS-N', url: `${WEB}/lgs-n/2026-09-24-minnesanteckningar.pdf` },
          { title: 'Alla minnesanteckningar – LGS-N (vardsamverkan.norrvik.example)', url: `${WEB}/lgs-n/minnesanteckningar` },
        ],
        standpoint: 'Föregående minnesanteckningar följdes upp och lades till handlingarna.',
      }),
      item('Gemensam uppföljning av god och nära vård', {
        kind: 'information_dialog',
        minutes: 20,
        attachment: true,
        presenters: [presenter('Jenny Forslund', 'LGS-N')],
        links: [{ title: 'Rapport: Gemensam uppföljning av god och nära vård 2026', url: `${WEB}/uppfoljning-nara-vard-2026.pdf` }],
        standpoint:
          'Eventuella synpunkter på det gemensamma enkätsvaret om uppföljning av god och nära vård lämnas till Jenny Forslund senast 261126, som sedan skickar in det gemensamma svaret.',
        tasks: [
          {
            what: 'Lämna eventuella synpunkter på det gemensamma enkätsvaret om god och nära vård',
            owner: 'Ledamöterna i LGS-N',
            deadline: '2026-11-26',
            done: false,
          },
          {
            what: 'Skicka in det gemensamma svaret till KFN och regionens koncernkontor',
            owner: 'Jenny Forslund',
            deadline: '2026-12-04',
            done: false,
          },
        ],
        notes: notes(
          paragraph(
            'Vårdsamverkan Norrvik har skickat en förfrågan till de delregionala vårdsamverkansområdena om gemensam uppföljning av god och nära vård. Man efterfrågar ett gemensamt delregionalt svar från varje område.',
          ),
          paragraph(
            'Materialet är omfattande och utgår från kommunalförbundens och nämndernas geografiska indelning, som skiljer sig från vårdsamverkansområdenas. Det gör materialet svårt att hantera både i omfattning och upplägg.',
          ),
          paragraph(
            'Statistiken är bland annat hämtad från öppna jämförelser och den nationella patientenkäten, och följs redan av verksamheterna själva. Mycket lite av materialet är riktat till uppföljning av ',
            italic('samverkan'),
            '. Ansvarig processledare har därför tagit fram ett förslag på gemensamt svar, se bifogat dokument. Svaret ska vara KFN och koncernkontoret tillhanda senast 261204.',
          ),
          paragraph(
            'Synpunkter skickas till ',
            link('mailto:jenny.forslund@regionnorrvik.example', 'jenny.forslund@regionnorrvik.example'),
            '.',
          ),
        ),
      }),
      item('Primärvårdens förmåga vid höjd beredskap (PFHB)', {
        kind: 'information_dialog',
        minutes: 20,
        presenters: [presenter('Nils Rydén', 'Enheten för säkerhet och beredskap, Region Norrvik')],
        guests: [
          guest('Nils Rydén', 'Beredskapssamordnare, Enheten för säkerhet och beredskap', 'Region Norrvik', present),
        ],
        standpoint:
          'LGS-N vill delta i arbetet. Förslag på personer från kommunal hälso- och sjukvård samt biståndsenheten prioriteras, eftersom de regionfinansierade verksamheterna redan är väl representerade i uppdraget. Förslag på namn skickas till Jenny Forslund måndag 16 november.',
        tasks: [
          {
            what: 'Skicka förslag på namn till arbetet med primärvårdens förmåga vid höjd beredskap',
            owner: 'Kommunernas ledamöter',
            deadline: '2026-11-16',
            done: true,
          },
        ],
        notes: notes(
          paragraph(
            'Riksdag och regering har beslutat att det civila försvaret ska byggas upp igen och att samhällets beredskap inför kris, höjd beredskap och krig ska förstärkas. Det ställer stora krav på lagring av materiel och läkemedel och på en krigsorganisation som kan ställa om personal, lokaler och arbetssätt.',
          ),
          paragraph(
            'I det här projektet är ',
            bold('samverkan'),
            ' nyckelordet. Nu efterfrågas hjälp från de delregionala samverkansområdena att utreda hur samverkan mellan primärvården, sjukhusen, den kommunala hemsjukvården och omsorgen ska fungera vid höjd beredskap.',
          ),
          paragraph(bold('Frågor/inspel')),
          bulletList(
            'Varför är inte länsstyrelsen inkopplad?',
            [italic('Svar: '), 'Enheten för säkerhet och beredskap har löpande dialog med länsstyrelsen, som bjuder in kommunerna till ett informationsmöte den 21 januari 2027.'],
          ),
          paragraph('Uppdragsbeskrivningen kan skickas på begäran. Diarienummer RN 2026-02211.'),
        ),
      }),
      item('Temagruppernas handlingsplaner', {
        kind: 'standpoint',
        minutes: 15,
        attachment: true,
        presenters: [presenter('Therese Ahl', 'TG Äldre och rehabilitering/habilitering')],
        standpoint:
          'LGS-N ställer sig positiva till förslaget att temagruppernas handlingsplaner tas fram för en tvåårsperiod. Handlingsplanerna justeras utifrån dagens beslut och anpassas samtidigt till den nya mallen, eftersom fokusområdena är reviderade.',
        notes: notes(
          paragraph(
            'Förslaget är att handlingsplanerna i fortsättningen gäller i två år, eftersom arbetet kräver långsiktighet. Uppföljning sker kontinuerligt under året, med en slutrapport i årsrapporten.',
          ),
          paragraph('Handlingsplanerna för 2027–2028 bifogas.'),
        ),
      }),
      item('Uppföljning av utvecklingsgrupp SAMPLAN', {
        topics: ['Delmål 1: sammanhållen in- och utskrivningsprocess', 'Tjänstedesign för processbeskrivning'],
        kind: 'standpoint',
        minutes: 20,
        presenters: [presenter('Therese Ahl', 'TG Äldre'), presenter('Bengt Sundin', 'UG SAMPLAN')],
        standpoint: [
          'LGS-N har stort förtroende för Therese och Bengt i frågan och ställer sig bakom förslagen att',
          '– ordföranden i UG SAMPLAN lämnar förslag till en reviderad, tidsbegränsad uppdragshandling och handlingsplan, och samtidigt ser över deltagarnas funktion och kompetens',
          '– en uppdaterad offert på tjänstedesign för processbeskrivningen tas fram.',
        ].join('\n'),
        notes: notes(
          paragraph(
            'Therese Ahl och Bengt Sundin återkopplar från det delregionala arbetet i utvecklingsgrupp SAMPLAN. Delmål 1 i gruppens handlingsplan, ',
            italic('en sammanhållen in- och utskrivningsprocess där planeringsprocessen och SIP-processen ingår'),
            ', har inte nått framgång och återremitteras till LGS-N:s beredningsgrupp.',
          ),
          paragraph(
            'I dialogen framkommer en samsyn om att tempot i frågan behöver öka. En reviderad och tydlig uppdragshandling, med deltagare som har förankring i verksamheterna, ses som positivt.',
          ),
          paragraph('LGS-N:s beredningsgrupp föreslår att:'),
          bulletList(
            'Ordföranden i UG SAMPLAN lämnar förslag till reviderad uppdragshandling och handlingsplan där uppdraget är tidsbegränsat.',
            'En uppdaterad offert på tjänstedesign för processbeskrivningen tas fram.',
          ),
        ),
      }),
      item('Avvikelser i samverkan', {
        kind: 'information_dialog',
        minutes: 15,
        presenters: [presenter('Jenny Forslund', 'LGS-N')],
        standpoint:
          'LGS-N ställer sig positiva till förslaget att en analysgrupp tar fram och återkommer med underlag om förbättringsarbete till LGS-N.',
        notes: notes(
          paragraph(
            'Statistiken visar en fortsatt hög andel avvikelser om bristande informationsöverföring och följsamhet till riktlinjer och rutiner. Antagna orsaker är att rutinen inte är tillräcklig och att det saknas personal.',
          ),
          paragraph(
            'Förslaget är att en fördjupad analys tas fram med stöd av temagrupperna och den närområdesvisa samverkan, och att analysgruppen återkommer till LGS-N med underlag för strategiskt förbättringsarbete.',
          ),
          paragraph(bold('Inspel')),
          bulletList(
            'Vi behöver analysera avvikelserna tillsammans, inte var för sig i varje organisation.',
            'Återkoppla resultatet till verksamheterna så att det blir ett lärande.',
            'Ta med konsekvenserna för patienten, inte bara antalet avvikelser.',
          ),
        ),
      }),
      item('Statistik för in- och utskrivningsprocessen', {
        kind: 'information_dialog',
        minutes: 15,
        presenters: [presenter('Bengt Sundin', 'UG SAMPLAN')],
        links: [{ title: 'Statistiksammanställning in- och utskrivning, tertial 2 2026', url: `${WEB}/statistik/in-och-utskrivning-t2-2026` }],
        standpoint:
          'LGS-N ställer sig bakom förslaget och ger UG SAMPLAN i uppdrag att ta fram en delregional rutin för in- och utskrivningsprocessen. Ett medskick från LGS-N är att ta del av hur andra delregionala vårdsamverkansgrupper har gjort.',
        tasks: [
          {
            what: 'Ta fram förslag till delregional rutin för in- och utskrivning',
            owner: 'UG SAMPLAN',
            deadline: '2027-03-25',
            done: false,
          },
        ],
        notes: notes(
          paragraph(
            'Sammanställningen bekräftar den lägesbild som verksamheterna står inför. På de områden där vi önskar en minskning ser vi en ökning, och avvikelserna hänger tätt samman med bristande följsamhet till rutinen för in- och utskrivning.',
          ),
          paragraph(
            'Analysen är att den gemensamma rutinen är otydligt formulerad. LGS-N konstaterar att vi behöver en rutin som beskriver vår situation, med tydliga formuleringar kring ',
            bold('skall'),
            '-kraven.',
          ),
        ),
      }),
      item('Budgetuppföljning', {
        kind: 'information',
        minutes: 10,
        attachment: true,
        presenters: [presenter('Jenny Forslund', 'LGS-N')],
        standpoint: 'LGS-N noterar informationen.',
        notes: notes(
          paragraph(
            'Delårsrapporten visar en positiv budgetavvikelse, främst på personalkostnader till följd av vakanta tjänster. Avtalat belopp räknas upp årligen med vårdprisindex.',
          ),
          table([
            ['Post', 'Budget 2026 (tkr)', 'Utfall jan–okt (tkr)', 'Prognos helår (tkr)'],
            ['Personal', '4 150', '3 120', '3 800'],
            ['Lokaler och möten', '420', '310', '400'],
            ['Utvecklingsmedel', '900', '610', '880'],
            ['Summa', '5 470', '4 040', '5 080'],
          ]),
          paragraph('Budget 2027: beslutade medel uppräknade med 2,6 % till 5 612 tkr. Parterna faktureras vid halvårsskiftet 2027.'),
        ),
      }),
      item('Mötesdatum för 2027', {
        kind: 'information',
        minutes: 5,
        presenters: [presenter('Jenny Forslund', 'LGS-N')],
        standpoint: 'LGS-N noterar informationen och fastställer mötesdatumen för 2027.',
        notes: notes(
          paragraph('Ledamöterna är eniga om att planerade halvdagar fungerar bättre än heldagar.'),
          table([
            ['Datum', 'Tid', 'Mötesform'],
            ['2027-01-28', '09.00-12.00', 'Digitalt'],
            ['2027-03-25', '09.00-12.00', 'På plats, Vårdcentrum Norrvik'],
            ['2027-05-27', '09.00-12.00', 'Digitalt'],
            ['2027-09-23', '09.00-12.00', 'På plats, Vårdcentrum Norrvik'],
            ['2027-11-25', '09.00-12.00', 'Digitalt'],
          ]),
        ),
      }),
      standing('Övriga frågor', {
        notes: notes(
          numberedList(
            'I TG Barn och unga avgår en ledamot. Frågan går till Malin Ek om att utse en ny person till uppdraget.',
            [
              'Utskick av uppdaterad kontaktlista inför jul och nyår. ',
              bold('Kontrollera dina uppgifter'),
              ' senast den 4 december.',
            ],
          ),
        ),
        tasks: [
          { what: 'Utse ny ledamot i TG Barn och unga', owner: 'Malin Ek', deadline: null, done: false },
          { what: 'Skicka ut uppdaterad kontaktlista', owner: 'Jenny Forslund', deadline: '2026-12-11', done: false },
        ],
      }),
      standing('Sammanfattning av frågor som diskuterats, ställningstaganden och hur frågorna hanteras vidare', {
        notes: notes(
          heading(3, 'Avslutning'),
          paragraph('Cecilia Hammar tackar för dagens möte och avslutar det klockan 11.50.'),
        ),
      }),
    ],
  };
}
