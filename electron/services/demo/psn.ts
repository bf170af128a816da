import type { MeetingReview } from '../storage/meetings';
import type { NewBody, NewMeeting } from '../../../shared/model/new-meeting';
import { NEW_BODY_SETTINGS } from '../../../shared/model/body';
import {
  bold,
  bulletList,
  heading,
  italic,
  link,
  notes,
  numberedList,
  paragraph,
  table,
} from '../../../shared/notes/build';
import {
  absent,
  arrivedLate,
  calledFromRoster,
  demoStandingItems,
  excused,
  excusedAhead,
  guest,
  item,
  standing,
  leftEarly,
  person,
  present,
  presenter,
  remote,
  substitutedBy,
  unmarked,
  vacantSeat,
} from './helpers';

/**
 * A political consultation body between a region and its municipal
 * associations, modelled on a real "Mötesanteckning" (long dates, standpoint
 * right after the presenter line, attendance as lines under item 1).
 * Everything here is invented: people, bodies, places and web addresses
 * (the .example top-level domain is reserved and never resolves).
 */

const WEB = 'https://vardsamverkan.norrvik.example';
const REGION_WEB = 'https://www.regionnorrvik.example';

export function psnBody(): NewBody {
  return {
    ...NEW_BODY_SETTINGS,
    name: 'Politiskt samrådsorgan mellan Kommunförbunden i Norrvik och Region Norrvik',
    shortName: 'PSN',
    formalName: 'Det politiska samrådsorganet PSN',
    documentTitle: 'Mötesanteckning PSN',
    defaultPlace: 'Regionens hus, Norrvik (Lokal Fyren)',
    defaultMeetingForm: 'På plats i Regionens hus, Norrvik (Lokal Fyren)',
    defaultStartTime: '13.00',
    defaultEndTime: '15.00',
    nameForm: 'neuter',
    definiteName: 'Samrådsorganet',
    minutesPageUrl: `${WEB}/psn/motesanteckningar`,
    minutesFilePattern: `${WEB}/psn/{datum}-motesanteckning.pdf`,
    secretaryEmail: 'frida.hellstrom@norrvik.example',
    standingItems: demoStandingItems('Föregående mötesanteckning'),
    plannedDates: [
      { date: '2026-10-15', note: 'klockan 12.30-15.30, Regionens hus' },
      // The body's usual afternoon, in the same room.
      ...['2026-12-03', '2027-01-21', '2027-04-22', '2027-09-30', '2027-11-25'].map((date) => ({
        date,
        note: 'klockan 13.00-15.00, Regionens hus',
      })),
    ],
    sides: [
      {
        name: 'För de fyra kommunalförbunden (KFN)',
        categories: [
          {
            name: 'Kommunpolitiker',
            members: [
              person('Oskar Lindqvist', { party: '(S)', organisation: 'Kustregionen' }),
              person('Maria Ekström', { party: '(S)', organisation: 'Kustregionen', role: 'vice_ordforande' }),
              person('Tove Sandberg', { party: '(M)', organisation: 'Höglandet' }),
              person('Rolf Nyström', { party: '(S)', organisation: 'Älvdalsregionen' }),
              person('Per-Erik Holm', { party: '(KD)', organisation: 'Sjöbygden' }),
              person('Sara Åberg', { party: '(M)', organisation: 'Höglandet' }),
              person('Göran Fält', { party: '(C)', organisation: 'Älvdalsregionen' }),
              person('Leila Haddad', { party: '(S)', organisation: 'Sjöbygden' }),
            ],
          },
          {
            name: 'Tjänstepersoner',
            members: [
              person('Jonas Berglund', { title: 'direktör', organisation: 'KFN' }),
              person('Helena Strand', { title: 'beredning', organisation: 'KFN' }),
              person('Amra Begić', { title: 'beredning', organisation: 'KFN' }),
              person('Kristina Lööf', { title: 'förbundsdirektör', organisation: 'Kustregionen' }),
              person('Mats Öhrn', { title: 'förbundsdirektör', organisation: 'Sjöbygden' }),
              person('Elin Wahlberg', { title: 'förbundsdirektör', organisation: 'Älvdalsregionen' }),
              person('Anders Kvist', { title: 'förbundsdirektör', organisation: 'Höglandet' }),
            ],
          },
        ],
      },
      {
        name: 'För Region Norrvik (RN)',
        categories: [
          {
            name: 'Regionpolitiker',
            members: [
              person('Birgitta Sjöholm', { party: '(S)', title: 'ordförande regionstyrelsen', role: 'ordforande' }),
              person('Henrik Dahl', { party: '(M)', title: 'vice ordförande regionstyrelsen' }),
              person('Anneli Forsman', { party: '(S)', title: 'ordförande hälso- och sjukvårdsnämnden (HSN)' }),
              person('Karim Nilsson', { party: '(V)', title: 'förste vice ordförande HSN' }),
              person('Ulla Bergkvist', { party: '(L)', title: 'andre vice ordförande HSN' }),
            ],
          },
          {
            name: 'Tjänstepersoner',
            members: [
              person('Lars Ekman', { title: 'hälso- och sjukvårdsdirektör' }),
              person('Nora Lind', { title: 'beredning' }),
            ],
          },
          { name: 'Administration', members: [person('Frida Hellström', { role: 'sekreterare' })] },
          { name: 'Kommunikation', members: [vacantSeat()] },
        ],
      },
    ],
  };
}

/** Who checked the autumn minutes and when: "Justerat 2026-10-22, Birgitta Sjöholm, PSN ordförande". */
export function psnPastReview(): MeetingReview {
  return { reviewers: [{ name: 'Birgitta Sjöholm', role: 'PSN ordförande' }], approvedOn: '2026-10-22' };
}

/** The autumn meeting, held and approved: every kind of attendance and full notes. */
export function psnPastMeeting(body: NewBody): NewMeeting {
  return {
    title: 'Mötesanteckning PSN',
    subtitle: body.name,
    date: '2026-10-15',
    startTime: '12.30',
    endTime: '15.30',
    meetingForm: 'På plats i Regionens hus, Norrvik (Lokal Fyren)',
    place: 'Regionens hus, Norrvik',
    calledText: 'Se lista.',
    diaryNumber: 'RN 2026-01187',
    status: 'approved',
    openedAt: '12.32',
    secretaryName: 'Frida Hellström',
    calledPersons: calledFromRoster(
      body,
      {
        'Leila Haddad': remote,
        'Rolf Nyström': excused,
        'Sara Åberg': excused,
        'Helena Strand': excused,
        'Göran Fält': absent('hade ej fått kallelsen'),
        // Late and on Teams; left early and replaced on the link for the rest.
        'Per-Erik Holm': arrivedLate('13.30', remote),
        'Henrik Dahl': leftEarly('14.45', 'Camilla Berg (M)', true),
        'Ulla Bergkvist': substitutedBy('Mikael Strömberg (L)'),
      },
      present,
    ),
    agenda: [
      standing('Mötets öppnande', {
        notes: notes(
          paragraph(
            'Ordförande Birgitta Sjöholm öppnade mötet klockan 12.32 och hälsade alla välkomna, särskilt Amra Begić som är ny i beredningen för KFN.',
          ),
        ),
        children: [
          standing('närvaro/presentation', {
            notes: notes(paragraph('Kort presentationsrunda. Mikael Strömberg (L) ersätter Ulla Bergkvist på dagens möte.')),
          }),
          standing('övriga frågor', {
            standpoint: 'En övrig fråga anmäldes: bemanningen av kommunikationsfunktionen (punkt 12).',
          }),
        ],
      }),
      standing('Godkännande av dagens agenda', { standpoint: 'Dagens agenda godkändes.' }),
      standing('Föregående mötesanteckning', {
        links: [
          { title: '2026-06-11 INSTÄLLT Kallelse Politiskt samrådsorgan PSN', url: `${WEB}/psn/2026-06-11-kallelse.pdf` },
          { title: '2026-05-07 Mötesanteckning Politiskt samrådsorgan PSN', url: `${WEB}/psn/2026-05-07-motesanteckning.pdf` },
          { title: 'Alla mötesanteckningar – Politiskt samrådsorgan PSN (vardsamverkan.norrvik.example)', url: `${WEB}/psn/motesanteckningar` },
        ],
        standpoint: 'Inga synpunkter på föregående mötesanteckning.',
      }),
      item('Färdplan Nära vård – genomförande utifrån utvecklingsplan samt uppföljning och analys', {
        topics: ['Prioriterade utvecklingsbehov', 'Indikatorer av politiskt intresse'],
        kind: 'information_dialog',
        minutes: 40,
        attachment: true,
        presenters: [presenter('Amra Begić', 'KFN'), presenter('Nora Lind', 'RN')],
        links: [
          { title: 'Gemensam uppföljning av god och nära vård 2026 (regionnorrvik.example)', url: `${REGION_WEB}/uppfoljning-nara-vard-2026` },
          { title: 'Presentation: Resultatrapport gemensam uppföljning nära vård 2026', url: `${WEB}/psn/2026-10-15-resultatrapport.pdf` },
          { title: 'Färdplan – gemensam strategi för god och nära vård', url: `${WEB}/fardplan-nara-vard` },
        ],
        standpoint:
          'Det politiska samrådsorganet PSN noterar informationen. Ordförande och vice ordförande förbereder på nästa presidieträff ett uppdrag till tjänstepersonerna att se vad som kan göras för att få fram ekonomiska och kvalitativa mått.',
        tasks: [
          {
            what: 'Förbereda ett uppdrag till tjänstepersonerna om ekonomiska och kvalitativa mått för nära vård',
            owner: 'Birgitta Sjöholm och Maria Ekström (presidiet)',
            deadline: '2026-11-12',
            done: true,
          },
        ],
        notes: notes(
          paragraph(
            'Kommunerna och Region Norrvik har gemensamt tagit fram Färdplan – gemensam strategi för god och nära vård. Färdplanen är en övergripande strategi som beaktar barnkonventionens mål och som ska bidra till Norrviks utveckling inom hälsa, vård och omsorg. Den gäller från 2025 till och med 2030, med fördjupad uppföljning 2026 och 2029.',
          ),
          heading(3, 'Målet är att kunna följa förflyttningen mot en god och nära vård'),
          paragraph(
            'En rapport om gemensam uppföljning och analys har tagits fram. Den ska ge stöd att följa förflyttningen utifrån färdplanens målsättningar, hälso- och sjukvårdsavtalet och primärvårdsuppdraget. Verksamheternas tillgång till gemensamma data för uppföljning, prioritering och förbättringsarbete är en viktig utvecklingsfråga. Ytterligare ett sätt att följa arbetet är att analysera de avvikelser som uppstår i samverkanssituationer, lokalt, delregionalt och gemensamt.',
          ),
          heading(3, 'Det finns brister i vad som går att mäta'),
          paragraph(
            'Det finns ingen gemensam databas för kommunerna och regionen, utan vi får använda befintliga datakällor hos respektive part. Vi kan mäta ',
            bold('kvantitet'),
            ' i våra system men nästan ingen ',
            italic('kvalitet'),
            '. Det kvantitativa måttet behöver analyseras för att kunna säga något om kvaliteten, och i förflyttningen från slutenvård till öppen vård saknas helt indikatorer för kostnader.',
          ),
          paragraph('I dag finns följande kvalitativa indikatorer:'),
          bulletList(
            '✓ Tillgänglig bedömning på vårdcentral inom tre dygn.',
            '✓ Läkarbesök på särskilt boende.',
            '✓ Läkarbesök i hemmet.',
          ),
          heading(3, 'Går det att se vårdmönster på kommunnivå?'),
          paragraph(
            'Region Norrvik har flyttat folkhälsofrågorna till hälso- och sjukvårdsstaben för att komma närmare frågorna. Nu finns möjlighet att följa sökmönster ur ett kommunperspektiv, och de delregionala nämnderna har en viktig roll i dialogen med kommunerna.',
          ),
          paragraph(bold('Inspel')),
          bulletList(
            'Vi vill kunna följa kvalitet och kostnader. Hur kan vi göra det i dag?',
            'Kan vi utveckla de indikatorer som vi redan har?',
            'PSN vill få uppföljningar av kostnaderna regelbundet, förslagsvis två gånger per år.',
            'Vi tar med oss slutsatser och lärdomar till nästa år.',
          ),
          paragraph(
            'Rapporten finns i sin helhet på ',
            link(`${REGION_WEB}/uppfoljning-nara-vard-2026`, 'regionens webbplats'),
            '. Ordförande och vice ordförande förbereder på nästa presidieträff ett uppdrag till tjänstepersonerna.',
          ),
        ),
      }),
      item('Ny beredning för nära vård inom Region Norrvik', {
        kind: 'information_dialog',
        minutes: 15,
        attachment: true,
        presenters: [presenter('Anneli Forsman', 'ordförande hälso- och sjukvårdsnämnden, RN')],
        links: [
          {
            title: 'Uppgiftsbeskrivning för beredningen för nära vård.pdf (regionnorrvik.example)',
            url: `${REGION_WEB}/beredning-nara-vard/uppgiftsbeskrivning.pdf`,
          },
        ],
        standpoint:
          'Det politiska samrådsorganet PSN noterar informationen. Region Norrvik återkommer om dialogmöten och hur samtalen kan organiseras för att på bästa sätt ta hand om kommunernas remissvar.',
        notes: notes(
          paragraph(
            'Den 18 juni 2026 inrättades en beredning för nära vård under hälso- och sjukvårdsnämnden. Beredningens huvuduppgift är att bereda ärenden inom området nära vård, med särskilt fokus på vårdvalet i primärvården och krav- och kvalitetsboken för 2028.',
          ),
          paragraph(
            'Nytt är att avtalen beslutas slutligt av hälso- och sjukvårdsnämnden och inte av regionfullmäktige. Det är ett led i att förenkla administrationen och ligger i linje med hur övriga vårdavtal beslutas i regionen.',
          ),
          paragraph('Centrala frågor i beredningens arbete är att'),
          bulletList(
            [bold('ta fram underlag för inriktningen av vårdvalet inför 2028'), ' som nämnden sedan kan omsätta i förfrågningsunderlag'],
            [italic('bevaka omställningen av hälso- och sjukvården'), ' med särskilt fokus på primärvårdens roll i nära vård'],
            [italic('arbeta för en jämlik tillgång till vård i hela regionen'), ' och beakta geografiska och socioekonomiska skillnader'],
            [italic('föreslå principer för en ny ersättningsmodell'), ' som bidrar till en jämlik primärvård och mindre onödig administration'],
          ),
          paragraph(bold('→ Vad vill kommunerna skicka med till beredningen för nära vård?')),
          paragraph(
            'Förbundsdirektörerna tar med sig frågan hem till kommunerna. Remissrundan görs under februari till april 2027. Region Norrvik återkommer om dialogmöten.',
          ),
          paragraph(bold('Inspel')),
          bulletList(
            'Behövs det olika nivåer på vårdcentralerna?',
            'Glesbygden har andra utmaningar än tätorterna.',
            'Rättvisa är inte alltid att göra lika, ibland är det bättre att ha möjligheten.',
            'Om vårdcentralerna inte kan avsätta tid till vårdplanering blir det merarbete för kommunerna och sjukhusen.',
            'Viktigt att frågan diskuteras i kommunalförbunden och inte bara i detta forum.',
          ),
        ),
      }),
      item('Information från KFN', {
        topics: ['Förändringar inom KFN', 'Pågående arbete kopplat till hälso- och sjukvårdsavtalet'],
        kind: 'information',
        minutes: 15,
        presenters: [presenter('Jonas Berglund', 'KFN')],
        standpoint: 'Det politiska samrådsorganet PSN noterar informationen.',
        notes: notes(
          heading(3, 'a) Förändringar inom KFN'),
          paragraph(
            'KFN får ett smalare uppdrag med fokus på hälso- och sjukvårdsfrågor och tillhörande digitalisering. Styrelsen beslutade om en ny organisation den 1 september 2026. En prioriterad fråga är samverkan med Region Norrvik och de 23 kommunerna.',
          ),
          paragraph(bold('Vad händer framåt?')),
          bulletList(
            'Den nya organisationen träder i kraft den 1 januari 2027, men förändringsarbetet fortsätter under året.',
            'En utredning pågår om nuvarande uppdrag ska tas över av kommunalförbunden, avslutas eller lämnas till en annan aktör.',
            'Dialog förs med Region Norrvik om tidigare gemensamma uppdrag, till exempel psykisk hälsa.',
          ),
          heading(3, 'b) Pågående arbete kopplat till hälso- och sjukvårdsavtalet'),
          paragraph('Beslut på KFN:s styrelsemöte den 4 mars 2026:'),
          numberedList(
            'Ett förslag till nytt hälso- och sjukvårdsavtal tas fram i samverkan mellan kommunerna (via KFN) och Region Norrvik.',
            'De lagreglerade överenskommelserna revideras utifrån nya och tidigare inkomna synpunkter.',
            'Utvecklingsarbetet inom färdplanen för god och nära vård drivs vidare enligt plan.',
          ),
          paragraph(bold('Tidsplan')),
          table([
            ['Period', 'Samsyn kommunal primärvård', 'Hälso- och sjukvårdsavtal och överenskommelser'],
            ['Hösten 2026', 'Inledande dialog', 'Dialog om avtalsform'],
            ['Våren 2027', 'Fördjupad dialog och förslag på hur vi går vidare', 'Gemensam process mellan kommunerna och RN startar'],
            ['Hösten 2027', 'Förankring av gemensam inriktning', 'Fortsatt gemensam process'],
          ]),
          paragraph(bold('Inspel')),
          bulletList(
            'Hur kan kommunalförbunden och regionen samverka kring psykisk hälsa? Gruppen växer och det är ett folkhälsoproblem.',
            'Vi behöver hitta ett forum där tjänstepersonerna kan mötas.',
          ),
        ),
      }),
      item('Hur kan vi få framdrift med hälso- och sjukvårdsavtalet?', {
        topics: ['Historik och färdriktning'],
        kind: 'dialog',
        minutes: 20,
        presenters: [presenter('Lars Ekman', 'RN'), presenter('Jonas Berglund', 'KFN')],
        standpoint: 'Det politiska samrådsorganet PSN noterar informationen och fortsätter dialogen på nästa möte.',
        notes: notes(
          heading(3, 'Samverkan, tillit och gemensam målbild är vägen framåt'),
          paragraph(
            'Färdplanen beskriver målbild, förändrade arbetssätt och förutsättningar för utvecklingen, där takten i omställningen mot en god och nära vård behöver öka fram till 2030. Nära vård är inte en ny organisationsnivå utan ett nytt synsätt och arbetssätt. Framgångsfaktorer är personcentrering, samverkan och tillit mellan kommunerna och regionen samt en gemensam målbild.',
          ),
          heading(3, 'Färdplanen når 61 % av invånarna'),
          paragraph(
            'Region Norrvik och 17 av 23 kommuner har beslutat om färdplanen i fullmäktige. Det nuvarande hälso- och sjukvårdsavtalet gäller till och med 2027-12-31 och förlängs automatiskt med två år om ingen part säger upp det senast tolv månader innan det löper ut. Från kommunernas sida finns en tydlig vilja att få till ett bättre avtal.',
          ),
          paragraph(bold('Inspel')),
          bulletList(
            'Processen underlättas av att vi är så enade som möjligt.',
            'Skicka in tydliga inspel tidigt så att det inte blir missförstånd.',
            'Vi tjänar alla på ett gemensamt hälso- och sjukvårdsavtal.',
            'Kan en mindre grupp utsedda politiker följa och identifiera de områden som skaver, parallellt med det ordinarie arbetet?',
          ),
        ),
      }),
      item('Årshjul för arbetet i PSN', {
        kind: 'information',
        minutes: 10,
        presenters: [presenter('Nora Lind', 'RN'), presenter('Sofia Rask', 'RN')],
        standpoint:
          'Det politiska samrådsorganet PSN noterar informationen och vill att beredningen sammanställer skriftlig information till nästa möte.',
        guests: [guest('Sofia Rask', 'utvecklingsledare', 'Region Norrvik', present)],
        notes: notes(
          paragraph(
            'Årshjulet ger en planering utifrån ärenden och områden. Beredningens tanke är att stödja det strategiska arbetet genom ett löpande årshjul och ett kalendarium vid varje möte där man ser vad som kommer närmast.',
          ),
          paragraph(bold('→ Vad vill PSN lägga till i årshjulet?')),
          paragraph(italic('Närmaste arbetsåret 2027 utifrån faktiska ärenden och frågor:')),
          table([
            ['Januari 2027', 'April 2027', 'September 2027', 'November 2027'],
            [
              'Uppföljning och analys: årsredovisning',
              'Hjälpmedel: information inför ny upphandling',
              'Uppföljning och analys: dialog om resultat',
              'Överenskommelse om mötesdatum 2028',
            ],
            [
              'Psykisk hälsa: fördelning och rekvisition av medel',
              'Ungdomsmottagningar: uppföljning av samverkansavtalet',
              'Uppföljning av färdplanen för god och nära vård',
              '',
            ],
          ]),
          paragraph(bold('Inspel')),
          bulletList('Inriktning på tvisteärenden.', 'Vi vill ha rätt frågor på rätt nivå.', 'Presidiet går igenom årshjulet mer i detalj.'),
        ),
      }),
      item('Roll och mandat för den politiska beredningsgruppen för hjälpmedel', {
        kind: 'information_dialog',
        minutes: 20,
        presenters: [presenter('Lars Ekman', 'RN'), presenter('Jonas Berglund', 'KFN')],
        links: [{ title: 'Nuvarande uppdrag för politisk beredningsgrupp för hjälpmedel', url: `${WEB}/hjalpmedel/uppdrag.pdf` }],
        standpoint:
          'Det politiska samrådsorganet PSN noterar informationen och ger tjänstepersonerna i uppdrag att bereda ärendet ytterligare med förslag till ställningstagande till nästa möte den 3 december 2026.',
        tasks: [
          {
            what: 'Bereda förslag till ställningstagande om den politiska beredningsgruppen för hjälpmedel',
            owner: 'Tjänstepersonerna i beredningen',
            deadline: '2026-11-26',
            done: false,
          },
        ],
        notes: notes(
          paragraph(
            'För samverkan om hjälpmedel och läkemedelsnära produkter som används i invånarens vardag finns en politisk beredningsgrupp som inte har sammanträtt under 2026. Gruppen arbetar på uppdrag av Region Norrvik och kommunerna och rapporterar årligen till PSN.',
          ),
          paragraph(
            'Dagordningen har varit tunn på gruppens möten och frågan har ställts om gruppen behövs, eller om frågorna kan hanteras i PSN.',
          ),
          paragraph(bold('Inspel')),
          bulletList(
            'I beredningsgruppen finns svåra och viktiga frågor där vi behöver en politisk slutdialog och ett beslutsmandat.',
            'Går det att utöka ledningsrådet för digitala hjälpmedel?',
          ),
        ),
      }),
      item('Samverkansavtal för ungdomsmottagningar 2027–2028', {
        kind: 'standpoint',
        minutes: 10,
        attachment: true,
        presenters: [presenter('Karim Nilsson', 'förste vice ordförande HSN, RN'), presenter('Kristina Lööf', 'Kustregionen')],
        standpoint: [
          'Det politiska samrådsorganet PSN ställer sig bakom förslaget till samverkansavtal och rekommenderar huvudmännen att besluta i enlighet med förslaget:',
          'Det politiska samrådsorganet beslutar att rekommendera kommunerna och Region Norrvik att teckna samverkansavtalet för ungdomsmottagningar för perioden 2027–2028.',
          'Det politiska samrådsorganet beslutar att avtalet följs upp årligen i PSN.',
        ].join('\n'),
        notes: notes(
          paragraph(
            'Det nuvarande avtalet löper ut vid årsskiftet. Förslaget har tagits fram av en gemensam arbetsgrupp och har varit på remiss hos kommunalförbunden under sommaren.',
          ),
          paragraph('De viktigaste förändringarna jämfört med nuvarande avtal:'),
          numberedList(
            'Kostnaderna fördelas lika mellan kommunerna och regionen.',
            'Digitala besök ingår i uppdraget.',
            'En gemensam uppföljning görs varje år och redovisas för PSN.',
          ),
        ),
      }),
      item('Mötesdatum för PSN år 2027', {
        kind: 'information',
        minutes: 5,
        presenters: [presenter('Frida Hellström', 'mötessekreterare')],
        standpoint: 'Det politiska samrådsorganet PSN noterar informationen.',
        notes: notes(
          paragraph('Alla möten hålls på plats i Regionens hus, Norrvik, klockan 13.00-15.00.'),
          bulletList('21 januari', '22 april', '30 september', '25 november'),
          paragraph(
            'Inför mötesplaneringen 2028 behöver regionens nämndsamordnare kopplas in för att undvika att möten krockar med varandra.',
          ),
        ),
      }),
      standing('Övriga frågor', {
        presenters: [presenter('Jonas Berglund', 'KFN')],
        standpoint: 'Det politiska samrådsorganet PSN noterar informationen.',
        tasks: [
          {
            what: 'Återkomma med förslag på hur kommunikationsfunktionen i PSN ska bemannas',
            owner: 'Jonas Berglund, KFN',
            deadline: null,
            done: false,
          },
        ],
        notes: notes(
          paragraph(
            'Kommunikationsfunktionen i PSN har varit vakant sedan i somras. KFN och Region Norrvik ser över hur funktionen kan bemannas gemensamt.',
          ),
        ),
      }),
    ],
    tasks: [
      {
        what: 'Skicka mötesanteckningen för justering till ordförande och vice ordförande',
        owner: 'Frida Hellström',
        deadline: '2026-10-22',
        done: true,
      },
    ],
  };
}

/** The next meeting: an agenda prepared from the previous one, nothing written yet. */
export function psnUpcomingMeeting(body: NewBody): NewMeeting {
  return {
    title: 'Mötesanteckning PSN',
    subtitle: body.name,
    date: '2026-12-03',
    startTime: '13.00',
    endTime: '15.00',
    meetingForm: 'Hybrid, Teams och Regionens hus, Norrvik (Lokal Fyren)',
    place: 'Regionens hus, Norrvik',
    calledText: 'Se lista.',
    diaryNumber: '',
    status: 'draft',
    openedAt: null,
    secretaryName: 'Frida Hellström',
    meetingLink: 'https://teams.example/l/meetup-join/psn-2026-12-03',
    // Apologies that arrive before the meeting are noted as they come in.
    calledPersons: calledFromRoster(
      body,
      { 'Rolf Nyström': excusedAhead('2026-11-26'), 'Henrik Dahl': excusedAhead('2026-12-01') },
      unmarked,
    ),
    agenda: [
      standing('Mötets öppnande', { children: [standing('närvaro/presentation'), standing('övriga frågor')] }),
      standing('Godkännande av dagens agenda'),
      standing('Föregående mötesanteckning', {
        links: [{ title: '2026-10-15 Mötesanteckning Politiskt samrådsorgan PSN', url: `${WEB}/psn/2026-10-15-motesanteckning.pdf` }],
      }),
      item('Roll och mandat för den politiska beredningsgruppen för hjälpmedel – förslag till ställningstagande', {
        kind: 'standpoint',
        minutes: 30,
        attachment: true,
        presenters: [presenter('Lars Ekman', 'RN'), presenter('Jonas Berglund', 'KFN')],
        notes: notes(
          paragraph(
            'Ärendet återkommer från mötet den 15 oktober. Beredningen har tagit fram två alternativ: att behålla beredningsgruppen med ett förtydligat mandat, eller att frågorna hanteras direkt i PSN.',
          ),
        ),
      }),
      item('Uppföljning av kostnader och kvalitet i nära vård', {
        topics: ['Förslag på ekonomiska mått', 'Förslag på kvalitativa mått'],
        kind: 'information_dialog',
        minutes: 30,
        attachment: true,
        presenters: [presenter('Amra Begić', 'KFN'), presenter('Nora Lind', 'RN')],
      }),
      item('Psykisk hälsa – fördelning och rekvisition av medel 2027', {
        kind: 'decision',
        minutes: 15,
        attachment: true,
        presenters: [presenter('Lars Ekman', 'RN')],
      }),
      item('Hälso- och sjukvårdsavtalet – fortsatt dialog', {
        kind: 'dialog',
        minutes: 30,
        presenters: [presenter('Lars Ekman', 'RN'), presenter('Jonas Berglund', 'KFN')],
      }),
      item('Årshjul 2027 – skriftlig sammanställning', {
        kind: 'information',
        minutes: 10,
        attachment: true,
        presenters: [presenter('Nora Lind', 'RN'), presenter('Amra Begić', 'KFN')],
      }),
      standing('Övriga frågor'),
    ],
  };
}
