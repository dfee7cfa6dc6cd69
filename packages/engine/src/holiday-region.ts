/** The date-holidays regions the project corrects and vouches for, with their GOV.UK divisions. */
export type HolidayRegion = 'GB-ENG' | 'GB-SCT' | 'GB-NIR';

export const HOLIDAY_REGIONS: readonly HolidayRegion[] = ['GB-ENG', 'GB-SCT', 'GB-NIR'];

const DIVISION_BY_REGION: Readonly<Record<HolidayRegion, string>> = {
  'GB-ENG': 'england-and-wales',
  'GB-SCT': 'scotland',
  'GB-NIR': 'northern-ireland',
};

export function isHolidayRegion(name: string): name is HolidayRegion {
  return (HOLIDAY_REGIONS as readonly string[]).includes(name);
}

export function govUkDivisionOfRegion(region: HolidayRegion): string {
  return DIVISION_BY_REGION[region];
}

export function regionOfGovUkDivision(division: string): HolidayRegion | undefined {
  return HOLIDAY_REGIONS.find((region) => DIVISION_BY_REGION[region] === division);
}
