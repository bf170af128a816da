import { bodySettingsInputSchema, bodySettingsSchema, type Body, type BodySettings } from '../../shared/model/domain';
import { fieldErrors, normalizeClock } from '../app/validation';
import { LAYOUT_FIELDS } from './LayoutSettings';
import { MINUTES_PUBLISHING_FIELDS } from './MinutesPublishingSettings';
import { KALLELSE_FIELDS } from './KallelseSettings';

/** The body's settings as the "Inställningar" card edits them, field by field. */

export type SettingsField = keyof BodySettings;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

/** The settings typed as text (the rest are choices). */
export type TextField =
  | 'name'
  | 'shortName'
  | 'formalName'
  | 'documentTitle'
  | 'defaultPlace'
  | 'defaultMeetingForm'
  | 'defaultStartTime'
  | 'defaultEndTime';

/** The fields whose errors the card shows, in the order they stand. */
export const SETTINGS_FIELDS: readonly SettingsField[] = [
  'name',
  'shortName',
  'formalName',
  'documentTitle',
  'defaultPlace',
  'defaultMeetingForm',
  'defaultStartTime',
  'defaultEndTime',
  'dateStyle',
  'standpointPlacement',
  'summaryOfStandpoints',
  'attendanceStyle',
  ...LAYOUT_FIELDS,
  ...MINUTES_PUBLISHING_FIELDS,
  ...KALLELSE_FIELDS,
];

interface TextFieldSpec {
  field: TextField;
  label: string;
  hint?: string;
  placeholder?: string;
  size: 'wide' | 'half' | 'short';
}

/** The text fields in the order they stand in the grid; `size` is their width there. */
export const TEXT_FIELDS: readonly TextFieldSpec[] = [
  { field: 'name', label: 'Fullständigt namn', size: 'wide' },
  { field: 'shortName', label: 'Kortnamn', hint: 'till exempel SRO', size: 'short' },
  { field: 'documentTitle', label: 'Dokumentets titel', placeholder: 'Mötesanteckning', size: 'half' },
  { field: 'formalName', label: 'Formellt namn i ställningstaganden', placeholder: 'Det politiska samrådsorganet', size: 'wide' },
  { field: 'defaultPlace', label: 'Vanlig plats', size: 'half' },
  { field: 'defaultStartTime', label: 'Starttid', hint: 'TT.MM', size: 'short' },
  { field: 'defaultEndTime', label: 'Sluttid', hint: 'TT.MM', size: 'short' },
  { field: 'defaultMeetingForm', label: 'Mötesform', placeholder: 'Hybrid, Teams och lokal …', size: 'wide' },
];

const SETTINGS_KEYS = Object.keys(bodySettingsSchema.shape) as SettingsField[];

/** The settings part of a body. */
export function pickSettings(body: Body): BodySettings {
  return Object.fromEntries(SETTINGS_KEYS.map((key) => [key, body[key]])) as BodySettings;
}

/** As saved: text trimmed, times written "13.00". */
export function normalizeSettings(s: BodySettings): BodySettings {
  return {
    ...s,
    name: s.name.trim(),
    shortName: s.shortName.trim(),
    formalName: s.formalName.trim(),
    documentTitle: s.documentTitle.trim(),
    defaultPlace: s.defaultPlace.trim(),
    defaultMeetingForm: s.defaultMeetingForm.trim(),
    defaultStartTime: normalizeClock(s.defaultStartTime),
    defaultEndTime: normalizeClock(s.defaultEndTime),
    minutesPageUrl: s.minutesPageUrl.trim(),
    minutesFilePattern: s.minutesFilePattern.trim(),
    kallelseTitle: s.kallelseTitle.trim(),
    secretaryEmail: s.secretaryEmail.trim(),
    absenceInstruction: s.absenceInstruction.trim(),
  };
}

export function validateSettings(s: BodySettings): SettingsErrors {
  return fieldErrors(bodySettingsInputSchema, s, SETTINGS_FIELDS);
}

/** The card's field a refusal from the host names ("settings.shortName"), if it is one. */
export function serverField(field: string | undefined): SettingsField | null {
  const last = field?.replace(/^settings\./, '');
  return last && (SETTINGS_FIELDS as readonly string[]).includes(last) ? (last as SettingsField) : null;
}
