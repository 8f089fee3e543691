/** What kind of source a figure is attributed to. */
export const SOURCE_KINDS = [
  'government', // ministries, presidents, officials, prosecutors, local authorities
  'police',
  'military',
  'media', // outlets, news agencies, broadcasters, "media reported"
  'international', // UN, CSTO, EU and other intergovernmental bodies
  'ngo', // human-rights groups, NGOs, monitors
  'medical', // hospitals, health services, coroners
  'witness', // residents, eyewitnesses, family
  'person', // a named person whose role is not known
  'organisation', // other organisations: companies, parties, armed groups
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One link in an attribution chain. Chains run origin first, then each relay. */
export interface Source {
  name: string;
  kind: SourceKind;
}
