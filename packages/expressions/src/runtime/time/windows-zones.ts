/**
 * Windows time zones (the ids .NET Framework knows on the Windows machines API Management
 * runs on) with the IANA zone that keeps the same clock, and the names Windows gives them
 * (display name, standard name, daylight name, as in the registry of Windows 10 and later;
 * earlier versions word a few display names differently).
 */
export interface WindowsZone {
  readonly id: string;
  readonly iana: string;
  readonly display: string;
  readonly standard: string;
  readonly daylight: string;
  /** Other IANA zones on the same clock, which Windows reports under this id. */
  readonly aliases?: readonly string[];
}

const zone = (
  id: string,
  iana: string,
  display: string,
  standard = id,
  daylight = id.replace('Standard Time', 'Daylight Time'),
  aliases: readonly string[] = [],
): WindowsZone => ({ id, iana, display, standard, daylight, aliases });

export const WINDOWS_ZONES: readonly WindowsZone[] = [
  zone('Dateline Standard Time', 'Etc/GMT+12', '(UTC-12:00) International Date Line West'),
  zone('UTC-11', 'Etc/GMT+11', '(UTC-11:00) Coordinated Universal Time-11', 'UTC-11', 'UTC-11', [
    'Pacific/Pago_Pago',
  ]),
  zone('Aleutian Standard Time', 'America/Adak', '(UTC-10:00) Aleutian Islands'),
  zone('Hawaiian Standard Time', 'Pacific/Honolulu', '(UTC-10:00) Hawaii'),
  zone('Alaskan Standard Time', 'America/Anchorage', '(UTC-09:00) Alaska'),
  zone(
    'Pacific Standard Time (Mexico)',
    'America/Tijuana',
    '(UTC-08:00) Baja California',
    undefined,
    'Pacific Daylight Time (Mexico)',
  ),
  zone(
    'Pacific Standard Time',
    'America/Los_Angeles',
    '(UTC-08:00) Pacific Time (US & Canada)',
    undefined,
    undefined,
    ['America/Vancouver', 'PST8PDT'],
  ),
  zone('US Mountain Standard Time', 'America/Phoenix', '(UTC-07:00) Arizona'),
  zone(
    'Mountain Standard Time',
    'America/Denver',
    '(UTC-07:00) Mountain Time (US & Canada)',
    undefined,
    undefined,
    ['America/Edmonton', 'America/Boise', 'MST7MDT'],
  ),
  zone(
    'Central America Standard Time',
    'America/Guatemala',
    '(UTC-06:00) Central America',
    undefined,
    undefined,
    ['America/Costa_Rica', 'America/El_Salvador', 'America/Tegucigalpa', 'America/Managua'],
  ),
  zone(
    'Central Standard Time',
    'America/Chicago',
    '(UTC-06:00) Central Time (US & Canada)',
    undefined,
    undefined,
    ['America/Winnipeg', 'CST6CDT'],
  ),
  zone(
    'Central Standard Time (Mexico)',
    'America/Mexico_City',
    '(UTC-06:00) Guadalajara, Mexico City, Monterrey',
    undefined,
    'Central Daylight Time (Mexico)',
    ['America/Monterrey'],
  ),
  zone('Canada Central Standard Time', 'America/Regina', '(UTC-06:00) Saskatchewan'),
  zone(
    'SA Pacific Standard Time',
    'America/Bogota',
    '(UTC-05:00) Bogota, Lima, Quito, Rio Branco',
    undefined,
    undefined,
    ['America/Lima', 'America/Guayaquil', 'America/Panama', 'America/Jamaica'],
  ),
  zone(
    'Eastern Standard Time (Mexico)',
    'America/Cancun',
    '(UTC-05:00) Chetumal',
    undefined,
    'Eastern Daylight Time (Mexico)',
  ),
  zone(
    'Eastern Standard Time',
    'America/New_York',
    '(UTC-05:00) Eastern Time (US & Canada)',
    undefined,
    undefined,
    ['America/Toronto', 'America/Detroit', 'America/Montreal', 'America/Nassau', 'EST5EDT'],
  ),
  zone('Haiti Standard Time', 'America/Port-au-Prince', '(UTC-05:00) Haiti'),
  zone('Cuba Standard Time', 'America/Havana', '(UTC-05:00) Havana'),
  zone(
    'US Eastern Standard Time',
    'America/Indianapolis',
    '(UTC-05:00) Indiana (East)',
    undefined,
    undefined,
    ['America/Indiana/Indianapolis'],
  ),
  zone('Paraguay Standard Time', 'America/Asuncion', '(UTC-04:00) Asuncion'),
  zone(
    'Atlantic Standard Time',
    'America/Halifax',
    '(UTC-04:00) Atlantic Time (Canada)',
    undefined,
    undefined,
    ['Atlantic/Bermuda'],
  ),
  zone('Venezuela Standard Time', 'America/Caracas', '(UTC-04:00) Caracas'),
  zone('Central Brazilian Standard Time', 'America/Cuiaba', '(UTC-04:00) Cuiaba'),
  zone(
    'SA Western Standard Time',
    'America/La_Paz',
    '(UTC-04:00) Georgetown, La Paz, Manaus, San Juan',
    undefined,
    undefined,
    ['America/Puerto_Rico', 'America/Manaus', 'America/Santo_Domingo'],
  ),
  zone('Pacific SA Standard Time', 'America/Santiago', '(UTC-04:00) Santiago'),
  zone('Newfoundland Standard Time', 'America/St_Johns', '(UTC-03:30) Newfoundland'),
  zone('E. South America Standard Time', 'America/Sao_Paulo', '(UTC-03:00) Brasilia'),
  zone(
    'SA Eastern Standard Time',
    'America/Cayenne',
    '(UTC-03:00) Cayenne, Fortaleza',
    undefined,
    undefined,
    ['America/Fortaleza', 'America/Paramaribo'],
  ),
  zone(
    'Argentina Standard Time',
    'America/Buenos_Aires',
    '(UTC-03:00) City of Buenos Aires',
    undefined,
    undefined,
    ['America/Argentina/Buenos_Aires'],
  ),
  zone('Montevideo Standard Time', 'America/Montevideo', '(UTC-03:00) Montevideo'),
  zone('Bahia Standard Time', 'America/Bahia', '(UTC-03:00) Salvador'),
  zone('UTC-02', 'Etc/GMT+2', '(UTC-02:00) Coordinated Universal Time-02', 'UTC-02', 'UTC-02', [
    'America/Noronha',
  ]),
  zone('Azores Standard Time', 'Atlantic/Azores', '(UTC-01:00) Azores'),
  zone('Cape Verde Standard Time', 'Atlantic/Cape_Verde', '(UTC-01:00) Cabo Verde Is.'),
  zone(
    'UTC',
    'Etc/UTC',
    '(UTC) Coordinated Universal Time',
    'Coordinated Universal Time',
    'Coordinated Universal Time',
    ['UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu'],
  ),
  zone(
    'GMT Standard Time',
    'Europe/London',
    '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
    undefined,
    'GMT Daylight Time',
    ['Europe/Dublin', 'Europe/Lisbon', 'Atlantic/Canary', 'Atlantic/Madeira'],
  ),
  zone(
    'Greenwich Standard Time',
    'Atlantic/Reykjavik',
    '(UTC+00:00) Monrovia, Reykjavik',
    undefined,
    undefined,
    ['Africa/Abidjan', 'Africa/Accra', 'Africa/Dakar', 'Africa/Monrovia'],
  ),
  zone(
    'W. Europe Standard Time',
    'Europe/Berlin',
    '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
    undefined,
    undefined,
    [
      'Europe/Amsterdam',
      'Europe/Rome',
      'Europe/Stockholm',
      'Europe/Vienna',
      'Europe/Zurich',
      'Europe/Oslo',
      'Europe/Luxembourg',
      'Europe/Monaco',
      'Europe/Malta',
      'Europe/Andorra',
      'Europe/Vaduz',
      'Europe/San_Marino',
      'Europe/Vatican',
      'Europe/Gibraltar',
    ],
  ),
  zone(
    'Central Europe Standard Time',
    'Europe/Budapest',
    '(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague',
    undefined,
    undefined,
    [
      'Europe/Prague',
      'Europe/Bratislava',
      'Europe/Belgrade',
      'Europe/Ljubljana',
      'Europe/Podgorica',
      'Europe/Tirane',
    ],
  ),
  zone(
    'Romance Standard Time',
    'Europe/Paris',
    '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris',
    undefined,
    undefined,
    ['Europe/Brussels', 'Europe/Copenhagen', 'Europe/Madrid'],
  ),
  zone(
    'Central European Standard Time',
    'Europe/Warsaw',
    '(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb',
    undefined,
    undefined,
    ['Europe/Sarajevo', 'Europe/Skopje', 'Europe/Zagreb'],
  ),
  zone(
    'W. Central Africa Standard Time',
    'Africa/Lagos',
    '(UTC+01:00) West Central Africa',
    undefined,
    undefined,
    ['Africa/Algiers', 'Africa/Tunis', 'Africa/Kinshasa', 'Africa/Luanda'],
  ),
  zone('GTB Standard Time', 'Europe/Bucharest', '(UTC+02:00) Athens, Bucharest', undefined, undefined, [
    'Europe/Athens',
    'Asia/Nicosia',
  ]),
  zone('Middle East Standard Time', 'Asia/Beirut', '(UTC+02:00) Beirut'),
  zone('Egypt Standard Time', 'Africa/Cairo', '(UTC+02:00) Cairo'),
  zone('E. Europe Standard Time', 'Europe/Chisinau', '(UTC+02:00) Chisinau'),
  zone(
    'South Africa Standard Time',
    'Africa/Johannesburg',
    '(UTC+02:00) Harare, Pretoria',
    undefined,
    undefined,
    ['Africa/Harare', 'Africa/Maputo', 'Africa/Lusaka'],
  ),
  zone(
    'FLE Standard Time',
    'Europe/Kiev',
    '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius',
    undefined,
    undefined,
    ['Europe/Kyiv', 'Europe/Helsinki', 'Europe/Riga', 'Europe/Sofia', 'Europe/Tallinn', 'Europe/Vilnius'],
  ),
  zone(
    'Israel Standard Time',
    'Asia/Jerusalem',
    '(UTC+02:00) Jerusalem',
    'Jerusalem Standard Time',
    'Jerusalem Daylight Time',
    ['Asia/Tel_Aviv'],
  ),
  zone('Kaliningrad Standard Time', 'Europe/Kaliningrad', '(UTC+02:00) Kaliningrad'),
  zone('Libya Standard Time', 'Africa/Tripoli', '(UTC+02:00) Tripoli'),
  zone('Namibia Standard Time', 'Africa/Windhoek', '(UTC+02:00) Windhoek'),
  zone('Arabic Standard Time', 'Asia/Baghdad', '(UTC+03:00) Baghdad'),
  zone('Turkey Standard Time', 'Europe/Istanbul', '(UTC+03:00) Istanbul'),
  zone('Arab Standard Time', 'Asia/Riyadh', '(UTC+03:00) Kuwait, Riyadh', undefined, undefined, [
    'Asia/Kuwait',
    'Asia/Qatar',
    'Asia/Bahrain',
    'Asia/Aden',
  ]),
  zone('Belarus Standard Time', 'Europe/Minsk', '(UTC+03:00) Minsk'),
  zone('Russian Standard Time', 'Europe/Moscow', '(UTC+03:00) Moscow, St. Petersburg', undefined, undefined, [
    'Europe/Simferopol',
  ]),
  zone('E. Africa Standard Time', 'Africa/Nairobi', '(UTC+03:00) Nairobi', undefined, undefined, [
    'Africa/Addis_Ababa',
    'Africa/Dar_es_Salaam',
    'Africa/Kampala',
  ]),
  zone('Iran Standard Time', 'Asia/Tehran', '(UTC+03:30) Tehran'),
  zone('Arabian Standard Time', 'Asia/Dubai', '(UTC+04:00) Abu Dhabi, Muscat', undefined, undefined, [
    'Asia/Muscat',
  ]),
  zone('Mauritius Standard Time', 'Indian/Mauritius', '(UTC+04:00) Port Louis'),
  zone('Georgian Standard Time', 'Asia/Tbilisi', '(UTC+04:00) Tbilisi'),
  zone('Caucasus Standard Time', 'Asia/Yerevan', '(UTC+04:00) Yerevan'),
  zone('Afghanistan Standard Time', 'Asia/Kabul', '(UTC+04:30) Kabul'),
  zone('West Asia Standard Time', 'Asia/Tashkent', '(UTC+05:00) Ashgabat, Tashkent', undefined, undefined, [
    'Asia/Ashgabat',
    'Asia/Samarkand',
  ]),
  zone('Ekaterinburg Standard Time', 'Asia/Yekaterinburg', '(UTC+05:00) Ekaterinburg'),
  zone('Pakistan Standard Time', 'Asia/Karachi', '(UTC+05:00) Islamabad, Karachi'),
  zone(
    'India Standard Time',
    'Asia/Kolkata',
    '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
    undefined,
    undefined,
    ['Asia/Calcutta'],
  ),
  zone('Sri Lanka Standard Time', 'Asia/Colombo', '(UTC+05:30) Sri Jayawardenepura'),
  zone('Nepal Standard Time', 'Asia/Kathmandu', '(UTC+05:45) Kathmandu', undefined, undefined, [
    'Asia/Katmandu',
  ]),
  zone('Bangladesh Standard Time', 'Asia/Dhaka', '(UTC+06:00) Dhaka'),
  zone('Myanmar Standard Time', 'Asia/Yangon', '(UTC+06:30) Yangon (Rangoon)', undefined, undefined, [
    'Asia/Rangoon',
  ]),
  zone('SE Asia Standard Time', 'Asia/Bangkok', '(UTC+07:00) Bangkok, Hanoi, Jakarta', undefined, undefined, [
    'Asia/Jakarta',
    'Asia/Ho_Chi_Minh',
    'Asia/Saigon',
    'Asia/Phnom_Penh',
    'Asia/Vientiane',
  ]),
  zone('North Asia Standard Time', 'Asia/Krasnoyarsk', '(UTC+07:00) Krasnoyarsk'),
  zone(
    'China Standard Time',
    'Asia/Shanghai',
    '(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi',
    undefined,
    undefined,
    ['Asia/Hong_Kong', 'Asia/Macau', 'PRC'],
  ),
  zone('North Asia East Standard Time', 'Asia/Irkutsk', '(UTC+08:00) Irkutsk'),
  zone(
    'Singapore Standard Time',
    'Asia/Singapore',
    '(UTC+08:00) Kuala Lumpur, Singapore',
    'Malay Peninsula Standard Time',
    'Malay Peninsula Daylight Time',
    ['Asia/Kuala_Lumpur', 'Asia/Manila', 'Asia/Makassar'],
  ),
  zone('W. Australia Standard Time', 'Australia/Perth', '(UTC+08:00) Perth'),
  zone('Taipei Standard Time', 'Asia/Taipei', '(UTC+08:00) Taipei'),
  zone('Ulaanbaatar Standard Time', 'Asia/Ulaanbaatar', '(UTC+08:00) Ulaanbaatar'),
  zone('Tokyo Standard Time', 'Asia/Tokyo', '(UTC+09:00) Osaka, Sapporo, Tokyo', undefined, undefined, [
    'Japan',
  ]),
  zone('Korea Standard Time', 'Asia/Seoul', '(UTC+09:00) Seoul'),
  zone('Yakutsk Standard Time', 'Asia/Yakutsk', '(UTC+09:00) Yakutsk'),
  zone('Cen. Australia Standard Time', 'Australia/Adelaide', '(UTC+09:30) Adelaide'),
  zone('AUS Central Standard Time', 'Australia/Darwin', '(UTC+09:30) Darwin'),
  zone('E. Australia Standard Time', 'Australia/Brisbane', '(UTC+10:00) Brisbane'),
  zone(
    'AUS Eastern Standard Time',
    'Australia/Sydney',
    '(UTC+10:00) Canberra, Melbourne, Sydney',
    undefined,
    undefined,
    ['Australia/Melbourne', 'Australia/Canberra', 'Australia/ACT', 'Australia/NSW'],
  ),
  zone(
    'West Pacific Standard Time',
    'Pacific/Port_Moresby',
    '(UTC+10:00) Guam, Port Moresby',
    undefined,
    undefined,
    ['Pacific/Guam'],
  ),
  zone('Tasmania Standard Time', 'Australia/Hobart', '(UTC+10:00) Hobart'),
  zone('Vladivostok Standard Time', 'Asia/Vladivostok', '(UTC+10:00) Vladivostok'),
  zone(
    'New Zealand Standard Time',
    'Pacific/Auckland',
    '(UTC+12:00) Auckland, Wellington',
    undefined,
    undefined,
    ['NZ'],
  ),
  zone('UTC+12', 'Etc/GMT-12', '(UTC+12:00) Coordinated Universal Time+12', 'UTC+12', 'UTC+12'),
  zone('Fiji Standard Time', 'Pacific/Fiji', '(UTC+12:00) Fiji'),
  zone('Tonga Standard Time', 'Pacific/Tongatapu', "(UTC+13:00) Nuku'alofa"),
  zone('Samoa Standard Time', 'Pacific/Apia', '(UTC+13:00) Samoa'),
  zone('Line Islands Standard Time', 'Pacific/Kiritimati', '(UTC+14:00) Kiritimati Island'),
];

const byId = new Map(WINDOWS_ZONES.map((z) => [z.id.toLowerCase(), z]));
const byIana = new Map<string, WindowsZone>();
for (const z of WINDOWS_ZONES) {
  for (const name of [z.iana, ...(z.aliases ?? [])]) byIana.set(name.toLowerCase(), z);
}

/** The Windows zone with this id (ignoring case, as Windows does). */
export function windowsZoneById(id: string): WindowsZone | undefined {
  return byId.get(id.toLowerCase());
}

/** The Windows zone an IANA zone is reported as. */
export function windowsZoneOfIana(iana: string): WindowsZone | undefined {
  return byIana.get(iana.toLowerCase());
}
